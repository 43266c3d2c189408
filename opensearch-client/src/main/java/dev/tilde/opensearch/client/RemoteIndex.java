package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.ParsedQuery;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Searchable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Tilde index on an OpenSearch cluster, searched with the same query semantics as a local {@link TildeIndex}: the
 * Tilde plugin's {@code tilde} query makes every shard build the Lucene query Tilde's query builder makes locally, and
 * the answers come back as the same {@link SearchResults}.
 *
 * <p>Searches use {@code dfs_query_then_fetch}, so every shard scores with the term statistics of the whole index,
 * and the query tells each shard which of its words the whole index lacks (found here first, as the query builder
 * asks), so that every shard weighs typos alike: the top documents are those a single local index would rank first.
 * Safe for concurrent searches.
 */
public final class RemoteIndex implements Searchable {
  private static final String SEARCH = "/_search?search_type=dfs_query_then_fetch";

  private final ClusterIndex index;
  private final OpenSearchClient client;
  private final QueryBuilder queryBuilder;
  /** The analysis the cluster's documents were indexed with, as the plugin does it: to tell why a hit matched. */
  private final TildeAnalysis analysis;
  /** The alias rules of the analysis beyond Tilde's own, which the index may not have: sent with every query. */
  private final List<String> addedAliases;

  private RemoteIndex(ClusterIndex index, OpenSearchClient client, TildeAnalysis analysis) {
    this.index = index;
    this.client = client;
    this.queryBuilder = new QueryBuilder(analysis);
    this.analysis = analysis;
    List<String> standard = TildeAnalysis.standard().aliasRules();
    this.addedAliases = analysis.aliasRules().stream().filter(rule -> !standard.contains(rule)).toList();
  }

  /**
   * Connects to the index at {@code index}, searched with {@code analysis}: the queries expand the index's own
   * aliases and those of {@code analysis}.
   *
   * @param index the index, on its cluster
   * @param analysis the analysis queries are read with
   * @return the index, to search; close it when done
   * @throws TildeException if the cluster cannot be reached or has no such index
   */
  public static RemoteIndex open(ClusterIndex index, TildeAnalysis analysis) {
    OpenSearchClient client = new OpenSearchClient(index.node(), Duration.ofSeconds(60));
    OpenSearchClient.Response exists;
    try {
      exists = client.send("HEAD", "/" + index.name(), null);
    } catch (IOException e) {
      client.close();
      throw client.unreachable(e);
    }
    if (!exists.ok()) {
      client.close();
      throw exists.status() == 404
          ? new TildeException("no index '" + index.name() + "' at " + index.node() + " — run 'tilde index --to "
              + index + " PATH' first")
          : new TildeException("OpenSearch at " + index.node() + " refused to look up index '" + index.name() + "': "
              + exists.reason());
    }
    return new RemoteIndex(index, client, analysis);
  }

  /**
   * Searches for {@code query} and returns at most {@code limit} hits with {@link TildeIndex#DEFAULT_SNIPPETS}.
   *
   * @param query the query, in Lucene's classic syntax
   * @param limit the most hits to return, at least 1
   * @return the first page of hits
   */
  public SearchResults search(String query, int limit) {
    return search(query, SearchOptions.defaults().withLimit(limit));
  }

  /**
   * Searches for {@code query} as {@code options} say (page, fields, filters, order, snippets, timeout), with the
   * same query and the same filters as a local search. A cluster offers no spelling suggestion: {@link
   * SearchResults#suggestion()} is always {@code null}.
   */
  @Override
  public SearchResults search(String query, SearchOptions options) {
    long started = System.nanoTime();
    ParsedQuery parsed = queryBuilder.build(query, new ClusterTerms(client, index.name(), options.fields()), options.fields());
    JsonNode answer = send(searchBody(query, parsed, options, null), "search");
    List<Hit> hits = new ArrayList<>();
    for (JsonNode hit : answer.path("hits").path("hits")) {
      hits.add(hit(hit, options.snippets()));
    }
    if (options.why()) {
      hits = ClusterMatches.of(analysis, parsed, hits, answer.path("hits").path("hits"));
    }
    return new SearchResults(query, parsed.parsedAs(), answer.path("hits").path("total").path("value").asLong(),
        options.offset(), hits, null, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
        answer.path("timed_out").asBoolean(false));
  }

  /**
   * The cluster's explanation of how the document with {@code id} scored for {@code query}, indented like Lucene's;
   * empty when no document has that id or it does not match.
   */
  @Override
  public String explain(String query, String id) {
    SearchOptions options = SearchOptions.defaults().withLimit(1).withSnippets(0);
    ParsedQuery parsed = queryBuilder.build(query, new ClusterTerms(client, index.name(), options.fields()), options.fields());
    JsonNode answer = send(searchBody(query, parsed, options, id), "explanation");
    JsonNode explanation = answer.path("hits").path("hits").path(0).path("_explanation");
    if (explanation.isMissingNode()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    explain(explanation, 0, out);
    return out.toString();
  }

  /** {@return how many documents the index holds} */
  public long documentCount() {
    return client.require("GET", "/" + index.name() + "/_count", null, "count").path("count").asLong();
  }

  /** Closes the connections to the cluster. */
  @Override
  public void close() {
    client.close();
  }

  /** Sends a search; nodes whose Tilde plugin predates the {@code tilde} query are named as the reason. */
  private JsonNode send(String body, String doing) {
    try {
      return client.require("POST", "/" + index.name() + SEARCH, body, doing);
    } catch (TildeException e) {
      if (e.getMessage().contains("unknown query [tilde]")) {
        throw new TildeException(e.getMessage() + " (the Tilde plugin on the cluster's nodes is older than this"
            + " client: install this version's on every node; see the README, 'Scaling out')", e);
      }
      throw e;
    }
  }

  private String searchBody(String text, ParsedQuery parsed, SearchOptions options, String explainId) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("from", options.offset());
      json.writeNumberField("size", options.limit());
      json.writeBooleanField("track_total_hits", true);
      if (options.timeout() != null) {
        json.writeStringField("timeout", options.timeout().toMillis() + "ms");
      }
      json.writeFieldName("query");
      writeFiltered(text, parsed, options, json);
      if (options.sortBy() == SearchOptions.SortBy.DATE) {
        // As locally: newest first, undated last, equal dates by relevance; scores reported all the same.
        json.writeArrayFieldStart("sort");
        json.writeStartObject();
        json.writeObjectFieldStart(Schema.DATE);
        json.writeStringField("order", "desc");
        json.writeStringField("missing", "_last");
        json.writeEndObject();
        json.writeEndObject();
        json.writeString("_score");
        json.writeEndArray();
        json.writeBooleanField("track_scores", true);
      }
      if (explainId != null) {
        // Narrowed to one document after scoring, so its explanation is the query's alone.
        json.writeObjectFieldStart("post_filter");
        json.writeObjectFieldStart("ids");
        json.writeArrayFieldStart("values");
        json.writeString(explainId);
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeBooleanField("explain", true);
      }
      json.writeArrayFieldStart("_source");
      for (String field : List.of(Schema.ID, Schema.PATH, Schema.TITLE, Schema.DATE, Schema.LANG)) {
        json.writeString(field);
      }
      if (options.why()) {
        json.writeString(Schema.BODY); // to tell why each hit matched, from its text
      }
      json.writeEndArray();
      if (options.snippets() > 0) {
        ClusterHighlights.writeRequest(options.snippets(), parsed.query(),
            search -> writeTildeQuery(text, parsed, options, search), json);
      }
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The query restricted by the options' filters (language, date range), as {@code PagedSearch} does locally. */
  private void writeFiltered(String text, ParsedQuery parsed, SearchOptions options, JsonGenerator json)
      throws IOException {
    if (options.lang() == null && options.since() == null && options.until() == null) {
      writeTildeQuery(text, parsed, options, json);
      return;
    }
    json.writeStartObject();
    json.writeObjectFieldStart("bool");
    json.writeArrayFieldStart("must");
    writeTildeQuery(text, parsed, options, json);
    json.writeEndArray();
    json.writeArrayFieldStart("filter");
    if (options.lang() != null) {
      json.writeStartObject();
      json.writeObjectFieldStart("term");
      json.writeObjectFieldStart(Schema.LANG);
      json.writeStringField("value", options.lang());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    if (options.since() != null || options.until() != null) {
      json.writeStartObject();
      json.writeObjectFieldStart("range");
      json.writeObjectFieldStart(Schema.DATE);
      if (options.since() != null) {
        json.writeStringField("gte", options.since().toString());
      }
      if (options.until() != null) {
        json.writeStringField("lte", options.until().toString());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * The plugin's {@code tilde} query for {@code text}: each shard builds the query again, told which words the whole
   * index lacks ({@code parsed} found them, as the query builder asked the cluster), their corrections, which
   * aliases to add, and the acronyms the whole index learned that the query expands.
   */
  private void writeTildeQuery(String text, ParsedQuery parsed, SearchOptions options, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("tilde");
    json.writeStringField("query", text);
    writeStrings("fields", options.fields(), json);
    writeStrings("unknown_words", parsed.unknownWords(), json);
    if (!parsed.commonWords().isEmpty()) {
      writeStrings("common_words", parsed.commonWords(), json);
    }
    if (!parsed.corrections().isEmpty()) {
      json.writeObjectFieldStart("corrections");
      for (Map.Entry<String, String> correction : parsed.corrections().entrySet()) {
        json.writeStringField(correction.getKey(), correction.getValue());
      }
      json.writeEndObject();
    }
    if (!addedAliases.isEmpty()) {
      writeStrings("aliases", addedAliases, json);
    }
    writeStrings("acronyms", parsed.acronyms(), json);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeStrings(String field, List<String> values, JsonGenerator json) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static Hit hit(JsonNode hit, int snippets) {
    JsonNode source = hit.path("_source");
    return new Hit(DocumentSource.text(source, Schema.ID), DocumentSource.text(source, Schema.PATH),
        DocumentSource.text(source, Schema.TITLE), DocumentSource.date(source), DocumentSource.text(source, Schema.LANG),
        (float) hit.path("_score").asDouble(), ClusterHighlights.snippets(hit.path("highlight"), snippets),
        DocumentSource.text(source, Schema.SOURCE), DocumentSource.extra(source));
  }

  /** Lucene's {@code Explanation.toString()} layout: value, " = ", description, details indented two spaces. */
  private static void explain(JsonNode explanation, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append((float) explanation.path("value").asDouble()).append(" = ")
        .append(explanation.path("description").asText()).append('\n');
    for (JsonNode detail : explanation.path("details")) {
      explain(detail, depth + 1, out);
    }
  }
}

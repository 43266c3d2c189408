package dev.tilde.opensearch.plugin;

import dev.tilde.TildeException;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.search.Query;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.io.stream.StreamInput;
import org.opensearch.core.common.io.stream.StreamOutput;
import org.opensearch.core.xcontent.XContentBuilder;
import org.opensearch.core.xcontent.XContentParser;
import org.opensearch.index.query.AbstractQueryBuilder;
import org.opensearch.index.query.QueryShardContext;

/**
 * The {@value #NAME} query: Tilde's name search, built by each shard from what the user typed, for any OpenSearch
 * client ({@code {"query": {"tilde": {"query": "lopez obrador"}}}}). Each shard turns the text into the Lucene query
 * a local Tilde index would run ({@link TildeShardQuery}), with the index's own aliases.
 *
 * <pre>{@code
 * {"tilde": {
 *   "query": "lopez obrador",          // required: the text, in Tilde's query syntax
 *   "fields": ["title", "body"],       // the fields plain words search (default both)
 *   "unknown_words": ["obrdaor"],      // the words the whole index lacks (default: each shard asks its own terms)
 *   "common_words": ["mexico"],        // with unknown_words: the words too common for typos in the whole index
 *   "corrections": {"obrdaor": "obrador"}, // with unknown_words: their likeliest corrections in the whole index
 *   "aliases": ["Peje, AMLO"],         // alias rules added to the index's own (Solr's synonym format)
 *   "acronyms": ["kla=kosovo liberation army"], // the acronyms the whole index learned that the query expands
 *                                      // (default: each shard expands those its own documents taught)
 *   "boost": 1.0, "_name": "names"}}
 * }</pre>
 */
public final class TildeQueryBuilder extends AbstractQueryBuilder<TildeQueryBuilder> {
  /** The query's name in the query DSL. */
  public static final String NAME = "tilde";

  private final String query;
  private final List<String> fields;
  private final List<String> unknownWords;
  private final List<String> commonWords;
  private final Map<String, String> corrections;
  private final List<String> aliases;
  private final List<String> acronyms;

  /**
   * @param query the text to search for
   * @param fields the fields plain words search: a non-empty subset of {@link Schema#SEARCHED_FIELDS}
   * @param unknownWords the query's words the whole index lacks, or {@code null} for each shard to decide
   * @param aliases alias rules added to the index's own
   * @throws IllegalArgumentException if the query is missing or a field is not one plain words can search
   */
  public TildeQueryBuilder(String query, List<String> fields, List<String> unknownWords, List<String> aliases) {
    this(query, fields, unknownWords, List.of(), aliases);
  }

  /**
   * @param query the text to search for
   * @param fields the fields plain words search: a non-empty subset of {@link Schema#SEARCHED_FIELDS}
   * @param unknownWords the query's words the whole index lacks, or {@code null} for each shard to decide
   * @param commonWords with {@code unknownWords}, the query's words in so many documents of the whole index that
   *     their typos are not searched
   * @param aliases alias rules added to the index's own
   * @throws IllegalArgumentException if the query is missing or a field is not one plain words can search
   */
  public TildeQueryBuilder(String query, List<String> fields, List<String> unknownWords, List<String> commonWords,
      List<String> aliases) {
    this(query, fields, unknownWords, commonWords, Map.of(), aliases);
  }

  /**
   * @param query the text to search for
   * @param fields the fields plain words search: a non-empty subset of {@link Schema#SEARCHED_FIELDS}
   * @param unknownWords the query's words the whole index lacks, or {@code null} for each shard to decide
   * @param commonWords with {@code unknownWords}, the query's words in so many documents of the whole index that
   *     their typos are not searched
   * @param corrections with {@code unknownWords}, the likeliest correction in the whole index of those that have one
   * @param aliases alias rules added to the index's own
   * @throws IllegalArgumentException if the query is missing or a field is not one plain words can search
   */
  public TildeQueryBuilder(String query, List<String> fields, List<String> unknownWords, List<String> commonWords,
      Map<String, String> corrections, List<String> aliases) {
    this(query, fields, unknownWords, commonWords, corrections, aliases, null);
  }

  /**
   * @param query the text to search for
   * @param fields the fields plain words search: a non-empty subset of {@link Schema#SEARCHED_FIELDS}
   * @param unknownWords the query's words the whole index lacks, or {@code null} for each shard to decide
   * @param commonWords with {@code unknownWords}, the query's words in so many documents of the whole index that
   *     their typos are not searched
   * @param corrections with {@code unknownWords}, the likeliest correction in the whole index of those that have one
   * @param aliases alias rules added to the index's own
   * @param acronyms the acronyms the whole index learned that the query expands, each {@code acronym=long form}
   *     (folded), or {@code null} for each shard to expand those its own documents taught
   * @throws IllegalArgumentException if the query is missing or a field is not one plain words can search
   */
  public TildeQueryBuilder(String query, List<String> fields, List<String> unknownWords, List<String> commonWords,
      Map<String, String> corrections, List<String> aliases, List<String> acronyms) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("[" + NAME + "] needs a [query]");
    }
    if (fields.isEmpty() || !List.of(Schema.SEARCHED_FIELDS).containsAll(fields)) {
      throw new IllegalArgumentException("[" + NAME + "] [fields] must be some of " + List.of(Schema.SEARCHED_FIELDS)
          + ", got " + fields);
    }
    this.query = query;
    this.fields = List.copyOf(fields);
    this.unknownWords = unknownWords == null ? null : List.copyOf(unknownWords);
    this.commonWords = List.copyOf(commonWords);
    this.corrections = Map.copyOf(corrections);
    this.aliases = List.copyOf(aliases);
    this.acronyms = acronyms == null ? null : List.copyOf(acronyms);
  }

  /** Reads the query as another node sent it. */
  public TildeQueryBuilder(StreamInput in) throws IOException {
    super(in);
    query = in.readString();
    fields = in.readStringList();
    unknownWords = in.readOptionalStringList();
    commonWords = in.readStringList();
    corrections = in.readMap(StreamInput::readString, StreamInput::readString);
    aliases = in.readStringList();
    acronyms = in.readOptionalStringList();
  }

  @Override
  protected void doWriteTo(StreamOutput out) throws IOException {
    out.writeString(query);
    out.writeStringCollection(fields);
    out.writeOptionalStringCollection(unknownWords);
    out.writeStringCollection(commonWords);
    out.writeMap(corrections, StreamOutput::writeString, StreamOutput::writeString);
    out.writeStringCollection(aliases);
    out.writeOptionalStringCollection(acronyms);
  }

  /** Reads the query's object in a search request; the parser stands on its opening brace. */
  public static TildeQueryBuilder fromXContent(XContentParser parser) throws IOException {
    String query = null;
    List<String> fields = List.of(Schema.SEARCHED_FIELDS);
    List<String> unknownWords = null;
    List<String> commonWords = List.of();
    Map<String, String> corrections = Map.of();
    List<String> aliases = List.of();
    List<String> acronyms = null;
    float boost = DEFAULT_BOOST;
    String queryName = null;
    String field = null;
    for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
        token = parser.nextToken()) {
      if (token == XContentParser.Token.FIELD_NAME) {
        field = parser.currentName();
      } else if (token == XContentParser.Token.START_ARRAY && "fields".equals(field)) {
        fields = strings(parser);
      } else if (token == XContentParser.Token.START_ARRAY && "unknown_words".equals(field)) {
        unknownWords = strings(parser);
      } else if (token == XContentParser.Token.START_ARRAY && "common_words".equals(field)) {
        commonWords = strings(parser);
      } else if (token == XContentParser.Token.START_OBJECT && "corrections".equals(field)) {
        corrections = stringsByString(parser);
      } else if (token == XContentParser.Token.START_ARRAY && "aliases".equals(field)) {
        aliases = strings(parser);
      } else if (token == XContentParser.Token.START_ARRAY && "acronyms".equals(field)) {
        acronyms = strings(parser);
      } else if (token.isValue() && "query".equals(field)) {
        query = parser.text();
      } else if (token.isValue() && BOOST_FIELD.match(field, parser.getDeprecationHandler())) {
        boost = parser.floatValue();
      } else if (token.isValue() && NAME_FIELD.match(field, parser.getDeprecationHandler())) {
        queryName = parser.text();
      } else {
        throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] does not take [" + field + "] here");
      }
    }
    try {
      return new TildeQueryBuilder(query, fields, unknownWords, commonWords, corrections, aliases, acronyms)
          .boost(boost).queryName(queryName);
    } catch (IllegalArgumentException e) {
      throw new ParsingException(parser.getTokenLocation(), e.getMessage());
    }
  }

  private static List<String> strings(XContentParser parser) throws IOException {
    List<String> strings = new ArrayList<>();
    for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_ARRAY;
        token = parser.nextToken()) {
      if (token != XContentParser.Token.VALUE_STRING) {
        throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] takes lists of strings only");
      }
      strings.add(parser.text());
    }
    return strings;
  }

  private static Map<String, String> stringsByString(XContentParser parser) throws IOException {
    Map<String, String> strings = new LinkedHashMap<>();
    for (XContentParser.Token token = parser.nextToken(); token != XContentParser.Token.END_OBJECT;
        token = parser.nextToken()) {
      String key = parser.currentName();
      if (parser.nextToken() != XContentParser.Token.VALUE_STRING) {
        throw new ParsingException(parser.getTokenLocation(), "[" + NAME + "] [corrections] maps strings to strings");
      }
      strings.put(key, parser.text());
    }
    return strings;
  }

  @Override
  protected void doXContent(XContentBuilder builder, Params params) throws IOException {
    builder.startObject(NAME);
    builder.field("query", query);
    builder.field("fields", fields);
    if (unknownWords != null) {
      builder.field("unknown_words", unknownWords);
    }
    if (!commonWords.isEmpty()) {
      builder.field("common_words", commonWords);
    }
    if (!corrections.isEmpty()) {
      builder.field("corrections", corrections);
    }
    if (!aliases.isEmpty()) {
      builder.field("aliases", aliases);
    }
    if (acronyms != null) {
      builder.field("acronyms", acronyms);
    }
    printBoostAndQueryName(builder);
    builder.endObject();
  }

  @Override
  protected Query doToQuery(QueryShardContext context) {
    try {
      return TildeShardQuery.build(query, fields,
          context.getIndexSettings().getSettings().getAsList(TildeShardQuery.ALIAS_RULES_SETTING), aliases,
          unknownWords, commonWords, corrections, acronyms, context.getIndexReader());
    } catch (TildeException e) {
      throw new IllegalArgumentException("[" + NAME + "] " + e.getMessage(), e);
    }
  }

  @Override
  protected boolean doEquals(TildeQueryBuilder other) {
    return query.equals(other.query) && fields.equals(other.fields) && Objects.equals(unknownWords, other.unknownWords)
        && commonWords.equals(other.commonWords) && corrections.equals(other.corrections)
        && aliases.equals(other.aliases) && Objects.equals(acronyms, other.acronyms);
  }

  @Override
  protected int doHashCode() {
    return Objects.hash(query, fields, unknownWords, commonWords, corrections, aliases, acronyms);
  }

  @Override
  public String getWriteableName() {
    return NAME;
  }
}

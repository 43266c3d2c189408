package dev.tilde.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.query.IndexedTerms;
import dev.tilde.schema.Schema;
import dev.tilde.suggest.SpellingSuggester;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of an index on a cluster, asked of the cluster word by word as the query builder needs them, each at most
 * once: one for each search, so a search sees the index as it was when it began. The acronyms the index learned are
 * asked of it the same way, in one request for each run of words.
 */
final class ClusterTerms implements IndexedTerms {
  private final OpenSearchClient client;
  private final String index;
  private final List<String> fields;
  private final Map<String, Boolean> asked = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();
  /** Most terms one look-up of learned acronyms asks for: a few long forms for each of a query's words. */
  private static final int MOST_LEARNED_TERMS = 1_000;

  /**
   * @param fields the text fields searched, whose words are the candidates for a correction
   */
  ClusterTerms(OpenSearchClient client, String index, List<String> fields) {
    this.client = client;
    this.index = index;
    this.fields = List.copyOf(fields);
  }

  @Override
  public boolean contains(String field, String term) {
    return inAtLeast(field, term, 1);
  }

  /**
   * Each shard counts at most {@code documents}: their sum reaches it exactly when the whole index has that many,
   * whichever shards hold them.
   */
  @Override
  public boolean inAtLeast(String field, String term, int documents) {
    return asked.computeIfAbsent(documents + "\u0000" + field + '\u0000' + term, key -> {
      String body = "{\"query\":{\"term\":{" + OpenSearchClient.quote(field) + ":{\"value\":"
          + OpenSearchClient.quote(term) + "}}}}";
      return client.require("POST", "/" + index + "/_count?terminate_after=" + documents, body, "term lookup")
          .path("count").asLong() >= documents;
    });
  }

  /**
   * The acronyms the whole index learned, each look-up one terms aggregation over the learned field of every shard
   * (its documents counted live, as locally).
   */
  @Override
  public LearnedAcronyms acronyms() {
    return LearnedAcronyms.of(this::learnedTerms);
  }

  private Map<String, Long> learnedTerms(Collection<String> prefixes) {
    Map<String, Long> terms = new HashMap<>();
    if (prefixes.isEmpty()) {
      return terms;
    }
    StringBuilder include = new StringBuilder();
    for (String prefix : prefixes) {
      include.append(include.isEmpty() ? "(" : "|");
      prefix.codePoints().forEach(c -> {
        if (!Character.isLetterOrDigit(c)) {
          include.append('\\'); // a Lucene regular expression: anything else is taken as written
        }
        include.appendCodePoint(c);
      });
    }
    include.append(").*");
    String body = "{\"size\":0,\"aggs\":{\"learned\":{\"terms\":{\"field\":" + OpenSearchClient.quote(Schema.ACRONYMS)
        + ",\"include\":" + OpenSearchClient.quote(include.toString()) + ",\"size\":" + MOST_LEARNED_TERMS + "}}}}";
    JsonNode buckets = client.require("POST", "/" + index + "/_search", body, "acronym look-up")
        .path("aggregations").path("learned").path("buckets");
    for (JsonNode bucket : buckets) {
      terms.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
    }
    return terms;
  }

  /**
   * Asks the cluster's term suggester, which ranks candidates as a local index's spelling suggester does (Lucene's
   * DirectSpellChecker: the fewest edits, then the most documents; one edit, two from {@value
   * SpellingSuggester#TWO_EDITS_FROM_LETTERS} letters, never in the first letter), the best over the fields searched.
   */
  @Override
  public String correction(String word) {
    return corrections.computeIfAbsent(word, w -> Optional.ofNullable(suggested(w))).orElse(null);
  }

  private String suggested(String word) {
    int edits = word.codePointCount(0, word.length()) >= SpellingSuggester.TWO_EDITS_FROM_LETTERS ? 2 : 1;
    StringBuilder body = new StringBuilder("{\"size\":0,\"suggest\":{\"text\":").append(OpenSearchClient.quote(word));
    for (String field : fields) {
      body.append(',').append(OpenSearchClient.quote(field)).append(":{\"term\":{\"field\":")
          .append(OpenSearchClient.quote(field)).append(",\"analyzer\":\"keyword\",\"suggest_mode\":\"missing\",")
          .append("\"max_edits\":").append(edits).append(",\"prefix_length\":1,\"min_word_length\":4,\"size\":1,")
          .append("\"sort\":\"score\",\"string_distance\":\"internal\"}}");
    }
    JsonNode suggest = client.require("POST", "/" + index + "/_search", body.append("}}").toString(), "correction")
        .path("suggest");
    JsonNode best = null;
    for (String field : fields) {
      for (JsonNode option : suggest.path(field).path(0).path("options")) {
        double score = option.path("score").asDouble();
        if (best == null || score > best.path("score").asDouble()
            || (score == best.path("score").asDouble() && option.path("freq").asLong() > best.path("freq").asLong())) {
          best = option;
        }
      }
    }
    return best == null ? null : best.path("text").asText();
  }
}

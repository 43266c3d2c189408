package dev.tilde.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.query.IndexedTerms;
import dev.tilde.suggest.SpellingSuggester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of an index on a cluster, asked of the cluster word by word as the query builder needs them, each at most
 * once: one for each search, so a search sees the index as it was when it began.
 */
final class ClusterTerms implements IndexedTerms {
  private final OpenSearchClient client;
  private final String index;
  private final List<String> fields;
  private final Map<String, Boolean> asked = new ConcurrentHashMap<>();
  private final Map<String, Optional<String>> corrections = new ConcurrentHashMap<>();

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

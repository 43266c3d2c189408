package dev.tilde.opensearch.client;

import dev.tilde.query.IndexedTerms;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The terms of an index on a cluster, asked of the cluster word by word as the query builder needs them, each at most
 * once: one for each search, so a search sees the index as it was when it began.
 */
final class ClusterTerms implements IndexedTerms {
  private final OpenSearchClient client;
  private final String index;
  private final Map<String, Boolean> asked = new ConcurrentHashMap<>();

  ClusterTerms(OpenSearchClient client, String index) {
    this.client = client;
    this.index = index;
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
}

package dev.tilde.opensearch.client;

import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How documents are loaded into an OpenSearch index. Start from {@link #defaults()}.
 *
 * @param shards primary shards of the index, if the load creates it
 * @param replicas copies of each shard on other nodes, if the load creates it
 * @param analysis the analysis the index is created with (its alias table becomes the index's search-time aliases)
 * @param batchDocuments most documents in one bulk request
 * @param batchBytes most bytes in one bulk request (a larger document goes alone)
 * @param attempts how often one batch is sent before its documents are reported as not indexed
 * @param firstBackoff the wait before the first retry; it doubles with each retry up to {@code maxBackoff}
 * @param maxBackoff the longest wait between two retries
 * @param requestTimeout how long to wait for the cluster to answer one request
 * @param warnings told about each retry and each document the cluster refused, one line each
 */
public record LoadOptions(
    int shards,
    int replicas,
    TildeAnalysis analysis,
    int batchDocuments,
    long batchBytes,
    int attempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration requestTimeout,
    Consumer<String> warnings) {
  /**
   * Checks every option.
   *
   * @throws TildeException if a number is out of range
   * @throws NullPointerException if the analysis, a duration or the warnings are missing
   */
  public LoadOptions {
    if (shards < 1 || shards > 1024) {
      throw new TildeException("shards must be between 1 and 1024, got " + shards);
    }
    if (replicas < 0 || replicas > 64) {
      throw new TildeException("replicas must be between 0 and 64, got " + replicas);
    }
    Objects.requireNonNull(analysis, "analysis");
    if (batchDocuments < 1 || batchBytes < 1 || attempts < 1) {
      throw new TildeException("batch size and attempts must be positive");
    }
    Objects.requireNonNull(firstBackoff, "firstBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * One shard, one replica, Tilde's own aliases, batches of 500 documents or 5 MB, 10 attempts with waits from
   * 0.25 s doubling to 16 s (about a minute and a half in all, time for a cluster to elect a new cluster manager and
   * promote replicas), 90 s per request, warnings ignored.
   *
   * @return the default options
   */
  public static LoadOptions defaults() {
    return new LoadOptions(1, 1, TildeAnalysis.standard(), 500, 5L * 1024 * 1024, 10, Duration.ofMillis(250),
        Duration.ofSeconds(16), Duration.ofSeconds(90), warning -> { });
  }

  /**
   * Creates the index with {@code shards} primary shards.
   *
   * @param shards the number of primary shards, 1 to 1024
   * @return options like these but for that
   */
  public LoadOptions withShards(int shards) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }

  /**
   * Creates the index with {@code replicas} copies of each shard.
   *
   * @param replicas the number of replicas, 0 to 64
   * @return options like these but for that
   */
  public LoadOptions withReplicas(int replicas) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }

  /**
   * Creates the index with {@code analysis} (its alias table included).
   *
   * @param analysis the analysis
   * @return options like these but for that
   */
  public LoadOptions withAnalysis(TildeAnalysis analysis) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }

  /**
   * Sends at most {@code documents} documents or {@code bytes} bytes in one bulk request.
   *
   * @param documents the most documents in one request
   * @param bytes the most bytes in one request
   * @return options like these but for that
   */
  public LoadOptions withBatch(int documents, long bytes) {
    return new LoadOptions(shards, replicas, analysis, documents, bytes, attempts, firstBackoff, maxBackoff,
        requestTimeout, warnings);
  }

  /**
   * Sends a batch up to {@code attempts} times, waiting {@code firstBackoff} before the first retry and twice as long each time after, up to {@code maxBackoff}.
   *
   * @param attempts how often one batch is sent, at least 1
   * @param firstBackoff the wait before the first retry
   * @param maxBackoff the longest wait between two retries
   * @return options like these but for that
   */
  public LoadOptions withRetries(int attempts, Duration firstBackoff, Duration maxBackoff) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }

  /**
   * Waits at most {@code requestTimeout} for the answer to one request.
   *
   * @param requestTimeout the wait
   * @return options like these but for that
   */
  public LoadOptions withRequestTimeout(Duration requestTimeout) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }

  /**
   * Tells {@code warnings} about each retry and each refused document.
   *
   * @param warnings told each line
   * @return options like these but for that
   */
  public LoadOptions withWarnings(Consumer<String> warnings) {
    return new LoadOptions(shards, replicas, analysis, batchDocuments, batchBytes, attempts, firstBackoff,
        maxBackoff, requestTimeout, warnings);
  }
}

package dev.tilde.opensearch.client;

import dev.tilde.indexer.FailureLog;
import dev.tilde.indexer.IndexSummary.Failure;
import java.util.List;

/**
 * What loading documents into an OpenSearch index did.
 *
 * @param index the index, as {@code http://HOST:PORT/INDEX}
 * @param created whether the load created the index (otherwise it added to an existing one)
 * @param indexed documents the cluster confirmed it indexed (added or replaced)
 * @param failures documents, or inputs, that are not in the index, each with the reason: the list to retry, or its
 *     first {@value FailureLog#SHOWN_PER_INPUT} entries for each input file
 * @param failed how many documents or inputs are not in the index, all of them counted: at least {@code
 *     failures.size()}
 * @param stopped why the load stopped before the end of its input (the cluster could not be reached, or took
 *     nothing, even after every retry), or {@code null} when it read all of it
 * @param totalDocs documents in the index after the load, as the cluster counts them, or -1 if it could not say
 * @param seconds wall time of the load
 */
public record LoadSummary(
    String index, boolean created, long indexed, List<Failure> failures, long failed, String stopped, long totalDocs,
    double seconds) {
  /**
   * Keeps its own copy of {@code failures}.
   *
   * @throws IllegalArgumentException if {@code failed} is below the number of failures listed
   */
  public LoadSummary {
    failures = List.copyOf(failures);
    if (failed < failures.size()) {
      throw new IllegalArgumentException("failed " + failed + " < " + failures.size() + " failures listed");
    }
  }

  /** {@return how many failures were counted but not listed in {@link #failures()}} */
  public long failuresOmitted() {
    return failed - failures.size();
  }

  /** {@return whether every document read is in the index} */
  public boolean complete() {
    return failed == 0 && stopped == null;
  }
}

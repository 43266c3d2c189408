package dev.tilde.indexer;

import java.util.List;

/**
 * What an indexing job did.
 *
 * @param indexed documents written (added or replaced)
 * @param failures inputs that could not be indexed, with the reason for each
 * @param totalDocs documents in the index after the job
 * @param bytes bytes read from the inputs
 * @param seconds wall time of the job
 */
public record IndexSummary(int indexed, List<Failure> failures, int totalDocs, long bytes, double seconds) {
  public IndexSummary {
    failures = List.copyOf(failures);
  }

  /** An input that could not be indexed. */
  public record Failure(String source, String reason) {}
}

package dev.tilde.indexer;

import java.util.List;

/**
 * What an indexing job did. The counts compare the documents read with the index as it was before the job.
 *
 * @param added documents whose id was not in the index
 * @param updated documents whose content changed
 * @param deleted documents removed because their input is gone (or, for a full rebuild, was not among the inputs)
 * @param unchanged documents read whose content had not changed (skipped, unless the job was a full rebuild)
 * @param failures inputs (files, NDJSON lines) that could not be indexed, with the reason for each: the first
 *     {@value FailureLog#SHOWN_PER_INPUT} of each input file, so that millions of bad lines do not fill the heap
 * @param failed how many inputs could not be indexed, all of them counted: at least {@code failures.size()}
 * @param totalDocs documents in the index after the job
 * @param bytes bytes read from the inputs
 * @param seconds wall time of the job
 */
public record IndexSummary(
    long added,
    long updated,
    long deleted,
    long unchanged,
    List<Failure> failures,
    long failed,
    long totalDocs,
    long bytes,
    double seconds) {
  /**
   * Keeps its own copy of {@code failures}.
   *
   * @throws IllegalArgumentException if {@code failed} is below the number of failures listed
   */
  public IndexSummary {
    failures = List.copyOf(failures);
    if (failed < failures.size()) {
      throw new IllegalArgumentException("failed " + failed + " < " + failures.size() + " failures listed");
    }
  }

  /**
   * A summary whose failures are all listed.
   *
   * @param added documents whose id was not in the index
   * @param updated documents whose content changed
   * @param deleted documents removed because their input is gone
   * @param unchanged documents read whose content had not changed
   * @param failures every input that could not be indexed, with the reason for each
   * @param totalDocs documents in the index after the job
   * @param bytes bytes read from the inputs
   * @param seconds wall time of the job
   */
  public IndexSummary(long added, long updated, long deleted, long unchanged, List<Failure> failures, long totalDocs,
      long bytes, double seconds) {
    this(added, updated, deleted, unchanged, failures, failures.size(), totalDocs, bytes, seconds);
  }

  /**
   * An input that could not be indexed: a file, or a line of an NDJSON file ({@code path:line}).
   *
   * @param source the file, or {@code path:line}
   * @param reason why it could not be indexed, one line
   */
  public record Failure(String source, String reason) {}

  /** {@return how many failures were counted but not listed in {@link #failures()}} */
  public long failuresOmitted() {
    return failed - failures.size();
  }

  /**
   * {@return whether the job read no document and deleted none} Then nothing could be indexed, and the index is as
   * it was.
   */
  public boolean nothingIndexed() {
    return added + updated + unchanged + deleted == 0;
  }
}

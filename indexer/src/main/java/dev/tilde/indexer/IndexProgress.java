package dev.tilde.indexer;

import java.time.Duration;

/**
 * How far a running indexing job has got, reported a few times a second to whoever shows progress.
 *
 * @param documents documents read so far (added, updated or unchanged)
 * @param bytes bytes of input read so far
 * @param totalBytes bytes of input in all, or -1 when unknown (standard input)
 * @param seconds time since the job started
 * @param committing whether every document is written and the job is making its final commit, which on a big job
 *     takes a while with nothing else moving
 */
public record IndexProgress(long documents, long bytes, long totalBytes, double seconds, boolean committing) {
  /**
   * Progress while the job still reads its input.
   *
   * @param documents documents indexed so far
   * @param bytes bytes of input read so far
   * @param totalBytes bytes of input in all, or -1 when unknown (standard input)
   * @param seconds time since the job started
   */
  public IndexProgress(long documents, long bytes, long totalBytes, double seconds) {
    this(documents, bytes, totalBytes, seconds, false);
  }

  /** {@return the bytes of input read per second so far} */
  public double bytesPerSecond() {
    return seconds <= 0 ? 0 : bytes / seconds;
  }

  /** {@return the share of the input read, from 0 to 1, or -1 when the total is unknown} */
  public double fraction() {
    return totalBytes <= 0 ? -1 : Math.min(1, (double) bytes / totalBytes);
  }

  /** {@return the time left at the rate so far, or {@code null} when it cannot be told yet} */
  public Duration eta() {
    double rate = bytesPerSecond();
    if (totalBytes <= 0 || rate <= 0) {
      return null;
    }
    return Duration.ofSeconds((long) Math.ceil(Math.max(0, totalBytes - bytes) / rate));
  }
}

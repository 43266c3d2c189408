package dev.tilde.index;

import dev.tilde.TildeException;

/**
 * How to open an index for writing.
 *
 * @param rebuild start a new, empty generation of the index instead of updating the current one; readers keep
 *     seeing the current one until the first commit, so commit only when the rebuild is complete
 * @param ramBufferMb memory Lucene may use to buffer documents before writing them to a segment; it bounds the
 *     writer's heap whatever the size of the input
 */
public record WriteOptions(boolean rebuild, double ramBufferMb) {
  /** Lucene's own default RAM buffer. */
  public static final double DEFAULT_RAM_BUFFER_MB = 16;

  /**
   * Checks the RAM buffer.
   *
   * @throws TildeException if {@code ramBufferMb} is not between 1 and 2048
   */
  public WriteOptions {
    if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
      throw new TildeException("RAM buffer must be between 1 and 2048 MB, got " + ramBufferMb);
    }
  }

  /** {@return the options that update the existing index (or create one) with the default RAM buffer} */
  public static WriteOptions update() {
    return new WriteOptions(false, DEFAULT_RAM_BUFFER_MB);
  }
}

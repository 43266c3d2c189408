package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.indexer.source.NdjsonFields;
import java.time.Duration;
import java.util.Objects;

/**
 * What an indexing job does and within which limits: plain values, checked when made. Start from {@link #defaults()}
 * or {@link #builder()}; what the job talks to (standard input, warnings, progress) is {@link IndexWiring}.
 *
 * @param full rebuild the index from these inputs alone, into a new generation that replaces the current one only
 *     when complete; otherwise update it incrementally
 * @param threads documents indexed concurrently
 * @param ramBufferMb memory Lucene buffers documents in before writing a segment; bounds the heap the job needs
 * @param commitInterval how often an incremental job commits, so a crash loses at most this much work
 * @param maxDocumentBytes documents longer than this are cut there, with a warning
 * @param ndjsonFields which NDJSON fields make which part of a document
 * @param followLinks follow symbolic links met while walking directories (loops are detected); otherwise they are
 *     skipped with a warning, so a link cannot pull files from outside the tree into the index
 */
public record IndexSettings(
    boolean full,
    int threads,
    double ramBufferMb,
    Duration commitInterval,
    long maxDocumentBytes,
    NdjsonFields ndjsonFields,
    boolean followLinks) {
  /** Lucene's buffer is flushed to a segment when full; larger buffers make fewer, larger segments. */
  public static final double DEFAULT_RAM_BUFFER_MB = 64;
  /** A crash loses at most a minute of an incremental job's work. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(60);
  /** 10 MB: longer documents are cut there. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
  private static final int MAX_THREADS = 256;

  /** Checks every setting. */
  public IndexSettings {
    if (threads < 1 || threads > MAX_THREADS) {
      throw new TildeException("threads must be between 1 and " + MAX_THREADS + ", got " + threads);
    }
    if (!(ramBufferMb >= 1 && ramBufferMb <= 2048)) {
      throw new TildeException("RAM buffer must be between 1 and 2048 MB, got " + ramBufferMb);
    }
    Objects.requireNonNull(commitInterval, "commitInterval");
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new TildeException("commit interval must be positive, got " + commitInterval);
    }
    if (maxDocumentBytes < 1024) {
      throw new TildeException("maximum document size must be at least 1 KB, got " + maxDocumentBytes + " bytes");
    }
    Objects.requireNonNull(ndjsonFields, "ndjsonFields");
  }

  /**
   * Incremental, one thread per core, a 64 MB RAM buffer, a commit a minute, documents capped at 10 MB, the default
   * NDJSON fields, links not followed.
   *
   * @return the default settings
   */
  public static IndexSettings defaults() {
    return new IndexSettings(false, Runtime.getRuntime().availableProcessors(), DEFAULT_RAM_BUFFER_MB,
        DEFAULT_COMMIT_INTERVAL, DEFAULT_MAX_DOCUMENT_BYTES, NdjsonFields.defaults(), false);
  }

  /** {@return a builder starting from {@link #defaults()}} */
  public static Builder builder() {
    return defaults().toBuilder();
  }

  /** {@return a builder starting from these settings} */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Settings made one at a time; {@link #build()} checks them all. */
  public static final class Builder {
    private boolean full;
    private int threads;
    private double ramBufferMb;
    private Duration commitInterval;
    private long maxDocumentBytes;
    private NdjsonFields ndjsonFields;
    private boolean followLinks;

    private Builder(IndexSettings from) {
      full = from.full;
      threads = from.threads;
      ramBufferMb = from.ramBufferMb;
      commitInterval = from.commitInterval;
      maxDocumentBytes = from.maxDocumentBytes;
      ndjsonFields = from.ndjsonFields;
      followLinks = from.followLinks;
    }

    /**
     * Sets {@link IndexSettings#full()}: whether to rebuild from these inputs alone.
     *
     * @param full the value
     * @return this builder
     */
    public Builder full(boolean full) {
      this.full = full;
      return this;
    }

    /**
     * Sets {@link IndexSettings#threads()}: how many documents are indexed at once.
     *
     * @param threads the value
     * @return this builder
     */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * Sets {@link IndexSettings#ramBufferMb()}: how much memory Lucene buffers documents in.
     *
     * @param ramBufferMb the value
     * @return this builder
     */
    public Builder ramBufferMb(double ramBufferMb) {
      this.ramBufferMb = ramBufferMb;
      return this;
    }

    /**
     * Sets {@link IndexSettings#commitInterval()}: how often an incremental job commits.
     *
     * @param commitInterval the value
     * @return this builder
     */
    public Builder commitInterval(Duration commitInterval) {
      this.commitInterval = commitInterval;
      return this;
    }

    /**
     * Sets {@link IndexSettings#maxDocumentBytes()}: where longer documents are cut.
     *
     * @param maxDocumentBytes the value
     * @return this builder
     */
    public Builder maxDocumentBytes(long maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
      return this;
    }

    /**
     * Sets {@link IndexSettings#ndjsonFields()}: which NDJSON fields make which part of a document.
     *
     * @param ndjsonFields the value
     * @return this builder
     */
    public Builder ndjsonFields(NdjsonFields ndjsonFields) {
      this.ndjsonFields = ndjsonFields;
      return this;
    }

    /**
     * Sets {@link IndexSettings#followLinks()}: whether to follow symbolic links.
     *
     * @param followLinks the value
     * @return this builder
     */
    public Builder followLinks(boolean followLinks) {
      this.followLinks = followLinks;
      return this;
    }

    /**
     * The settings made.
     *
     * @return the settings, checked
     * @throws TildeException if one is out of range
     */
    public IndexSettings build() {
      return new IndexSettings(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields,
          followLinks);
    }
  }
}

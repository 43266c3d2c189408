package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.indexer.source.NdjsonFields;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an indexing job runs. Start from {@link #defaults()} and change what you need with the {@code with} methods.
 *
 * @param full rebuild the index from these inputs alone, into a new generation that replaces the current one only
 *     when complete; otherwise update it incrementally
 * @param threads documents indexed concurrently
 * @param ramBufferMb memory Lucene buffers documents in before writing a segment; bounds the heap the job needs
 * @param commitInterval how often an incremental job commits, so a crash loses at most this much work
 * @param maxDocumentBytes documents longer than this are cut there, with a warning
 * @param ndjsonFields which NDJSON fields make which part of a document
 * @param stdin where {@link Indexer#STDIN} reads NDJSON from
 * @param warnings told about every problem as it happens (failed inputs, recoverable problems), one line each
 * @param progress told a few times a second how far the job has got, or {@code null} for no progress reports
 * @param followLinks follow symbolic links met while walking directories (loops are detected); otherwise they are
 *     skipped with a warning, so a link cannot pull files from outside the tree into the index
 */
public record IndexOptions(
    boolean full,
    int threads,
    double ramBufferMb,
    Duration commitInterval,
    long maxDocumentBytes,
    NdjsonFields ndjsonFields,
    InputStream stdin,
    Consumer<String> warnings,
    Consumer<IndexProgress> progress,
    boolean followLinks) {
  /** Lucene's buffer is flushed to a segment when full; larger buffers make fewer, larger segments. */
  public static final double DEFAULT_RAM_BUFFER_MB = 64;
  public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(60);
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
  private static final int MAX_THREADS = 256;

  public IndexOptions {
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
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(warnings, "warnings");
  }

  /**
   * Incremental, one thread per core, a 64 MB RAM buffer, a commit a minute, documents capped at 10 MB, the default
   * NDJSON fields, standard input from {@link System#in}, warnings ignored, no progress reports, links not followed.
   */
  public static IndexOptions defaults() {
    return new IndexOptions(false, Runtime.getRuntime().availableProcessors(), DEFAULT_RAM_BUFFER_MB,
        DEFAULT_COMMIT_INTERVAL, DEFAULT_MAX_DOCUMENT_BYTES, NdjsonFields.defaults(), System.in, warning -> { },
        null, false);
  }

  public IndexOptions withFull(boolean full) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withThreads(int threads) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withRamBufferMb(double ramBufferMb) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withCommitInterval(Duration commitInterval) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withMaxDocumentBytes(long maxDocumentBytes) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withNdjsonFields(NdjsonFields ndjsonFields) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withStdin(InputStream stdin) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withWarnings(Consumer<String> warnings) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withProgress(Consumer<IndexProgress> progress) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }

  public IndexOptions withFollowLinks(boolean followLinks) {
    return new IndexOptions(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, stdin,
        warnings, progress, followLinks);
  }
}

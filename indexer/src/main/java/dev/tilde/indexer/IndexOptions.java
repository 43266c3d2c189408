package dev.tilde.indexer;

import dev.tilde.indexer.source.NdjsonFields;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How an indexing job runs: its {@link IndexSettings} and its {@link IndexWiring}. Start from {@link #defaults()} and
 * change what you need with the {@code with} methods (each one a setting of either part).
 *
 * @param settings what the job does and within which limits
 * @param wiring the streams and callbacks the job talks to
 */
public record IndexOptions(IndexSettings settings, IndexWiring wiring) {
  /** {@link IndexSettings#DEFAULT_RAM_BUFFER_MB}. */
  public static final double DEFAULT_RAM_BUFFER_MB = IndexSettings.DEFAULT_RAM_BUFFER_MB;
  /** {@link IndexSettings#DEFAULT_COMMIT_INTERVAL}. */
  public static final Duration DEFAULT_COMMIT_INTERVAL = IndexSettings.DEFAULT_COMMIT_INTERVAL;
  /** {@link IndexSettings#DEFAULT_MAX_DOCUMENT_BYTES}. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = IndexSettings.DEFAULT_MAX_DOCUMENT_BYTES;

  /** Checks that both parts are there. */
  public IndexOptions {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(wiring, "wiring");
  }

  /**
   * Options from every setting and callback at once, as before they were two parts.
   *
   * @deprecated use {@link #IndexOptions(IndexSettings, IndexWiring)} or {@link #defaults()} and the withers
   */
  @Deprecated
  public IndexOptions(boolean full, int threads, double ramBufferMb, Duration commitInterval, long maxDocumentBytes,
      NdjsonFields ndjsonFields, InputStream stdin, Consumer<String> warnings, Consumer<IndexProgress> progress,
      boolean followLinks) {
    this(new IndexSettings(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, followLinks),
        new IndexWiring(stdin, warnings, progress));
  }

  /** {@link IndexSettings#defaults()} and {@link IndexWiring#defaults()}. */
  public static IndexOptions defaults() {
    return new IndexOptions(IndexSettings.defaults(), IndexWiring.defaults());
  }

  /** These options with other settings. */
  public IndexOptions withSettings(IndexSettings settings) {
    return new IndexOptions(settings, wiring);
  }

  /** These options with other wiring. */
  public IndexOptions withWiring(IndexWiring wiring) {
    return new IndexOptions(settings, wiring);
  }

  /** {@link IndexSettings#full()}. */
  public boolean full() {
    return settings.full();
  }

  /** {@link IndexSettings#threads()}. */
  public int threads() {
    return settings.threads();
  }

  /** {@link IndexSettings#ramBufferMb()}. */
  public double ramBufferMb() {
    return settings.ramBufferMb();
  }

  /** {@link IndexSettings#commitInterval()}. */
  public Duration commitInterval() {
    return settings.commitInterval();
  }

  /** {@link IndexSettings#maxDocumentBytes()}. */
  public long maxDocumentBytes() {
    return settings.maxDocumentBytes();
  }

  /** {@link IndexSettings#ndjsonFields()}. */
  public NdjsonFields ndjsonFields() {
    return settings.ndjsonFields();
  }

  /** {@link IndexSettings#followLinks()}. */
  public boolean followLinks() {
    return settings.followLinks();
  }

  /** {@link IndexWiring#stdin()}. */
  public InputStream stdin() {
    return wiring.stdin();
  }

  /** {@link IndexWiring#warnings()}. */
  public Consumer<String> warnings() {
    return wiring.warnings();
  }

  /** {@link IndexWiring#progress()}. */
  public Consumer<IndexProgress> progress() {
    return wiring.progress();
  }

  public IndexOptions withFull(boolean full) {
    return withSettings(settings.toBuilder().full(full).build());
  }

  public IndexOptions withThreads(int threads) {
    return withSettings(settings.toBuilder().threads(threads).build());
  }

  public IndexOptions withRamBufferMb(double ramBufferMb) {
    return withSettings(settings.toBuilder().ramBufferMb(ramBufferMb).build());
  }

  public IndexOptions withCommitInterval(Duration commitInterval) {
    return withSettings(settings.toBuilder().commitInterval(commitInterval).build());
  }

  public IndexOptions withMaxDocumentBytes(long maxDocumentBytes) {
    return withSettings(settings.toBuilder().maxDocumentBytes(maxDocumentBytes).build());
  }

  public IndexOptions withNdjsonFields(NdjsonFields ndjsonFields) {
    return withSettings(settings.toBuilder().ndjsonFields(ndjsonFields).build());
  }

  public IndexOptions withFollowLinks(boolean followLinks) {
    return withSettings(settings.toBuilder().followLinks(followLinks).build());
  }

  public IndexOptions withStdin(InputStream stdin) {
    return withWiring(new IndexWiring(stdin, wiring.warnings(), wiring.progress()));
  }

  public IndexOptions withWarnings(Consumer<String> warnings) {
    return withWiring(new IndexWiring(wiring.stdin(), warnings, wiring.progress()));
  }

  public IndexOptions withProgress(Consumer<IndexProgress> progress) {
    return withWiring(new IndexWiring(wiring.stdin(), wiring.warnings(), progress));
  }
}

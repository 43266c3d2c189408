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
   * @param full see {@link IndexSettings#full()}
   * @param threads see {@link IndexSettings#threads()}
   * @param ramBufferMb see {@link IndexSettings#ramBufferMb()}
   * @param commitInterval see {@link IndexSettings#commitInterval()}
   * @param maxDocumentBytes see {@link IndexSettings#maxDocumentBytes()}
   * @param ndjsonFields see {@link IndexSettings#ndjsonFields()}
   * @param stdin see {@link IndexWiring#stdin()}
   * @param warnings see {@link IndexWiring#warnings()}
   * @param progress see {@link IndexWiring#progress()}
   * @param followLinks see {@link IndexSettings#followLinks()}
   * @deprecated use {@link #IndexOptions(IndexSettings, IndexWiring)} or {@link #defaults()} and the withers
   */
  @Deprecated
  public IndexOptions(boolean full, int threads, double ramBufferMb, Duration commitInterval, long maxDocumentBytes,
      NdjsonFields ndjsonFields, InputStream stdin, Consumer<String> warnings, Consumer<IndexProgress> progress,
      boolean followLinks) {
    this(new IndexSettings(full, threads, ramBufferMb, commitInterval, maxDocumentBytes, ndjsonFields, followLinks),
        new IndexWiring(stdin, warnings, progress));
  }

  /** {@return {@link IndexSettings#defaults()} and {@link IndexWiring#defaults()}} */
  public static IndexOptions defaults() {
    return new IndexOptions(IndexSettings.defaults(), IndexWiring.defaults());
  }

  /**
   * These options with other settings.
   *
   * @param settings the new settings
   * @return options with these settings and this wiring
   */
  public IndexOptions withSettings(IndexSettings settings) {
    return new IndexOptions(settings, wiring);
  }

  /**
   * These options with other wiring.
   *
   * @param wiring the new wiring
   * @return options with these settings and this wiring
   */
  public IndexOptions withWiring(IndexWiring wiring) {
    return new IndexOptions(settings, wiring);
  }

  /** {@return {@link IndexSettings#full()}} */
  public boolean full() {
    return settings.full();
  }

  /** {@return {@link IndexSettings#threads()}} */
  public int threads() {
    return settings.threads();
  }

  /** {@return {@link IndexSettings#ramBufferMb()}} */
  public double ramBufferMb() {
    return settings.ramBufferMb();
  }

  /** {@return {@link IndexSettings#commitInterval()}} */
  public Duration commitInterval() {
    return settings.commitInterval();
  }

  /** {@return {@link IndexSettings#maxDocumentBytes()}} */
  public long maxDocumentBytes() {
    return settings.maxDocumentBytes();
  }

  /** {@return {@link IndexSettings#ndjsonFields()}} */
  public NdjsonFields ndjsonFields() {
    return settings.ndjsonFields();
  }

  /** {@return {@link IndexSettings#followLinks()}} */
  public boolean followLinks() {
    return settings.followLinks();
  }

  /** {@return {@link IndexWiring#stdin()}} */
  public InputStream stdin() {
    return wiring.stdin();
  }

  /** {@return {@link IndexWiring#warnings()}} */
  public Consumer<String> warnings() {
    return wiring.warnings();
  }

  /** {@return {@link IndexWiring#progress()}} */
  public Consumer<IndexProgress> progress() {
    return wiring.progress();
  }

  /**
   * Rebuilds the index from the inputs alone when {@code full}, else updates it.
   *
   * @param full the new value of {@link IndexSettings#full()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withFull(boolean full) {
    return withSettings(settings.toBuilder().full(full).build());
  }

  /**
   * Indexes {@code threads} documents at once.
   *
   * @param threads the new value of {@link IndexSettings#threads()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withThreads(int threads) {
    return withSettings(settings.toBuilder().threads(threads).build());
  }

  /**
   * Lets Lucene buffer {@code ramBufferMb} of documents before writing a segment.
   *
   * @param ramBufferMb the new value of {@link IndexSettings#ramBufferMb()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withRamBufferMb(double ramBufferMb) {
    return withSettings(settings.toBuilder().ramBufferMb(ramBufferMb).build());
  }

  /**
   * Commits an incremental job every {@code commitInterval}.
   *
   * @param commitInterval the new value of {@link IndexSettings#commitInterval()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withCommitInterval(Duration commitInterval) {
    return withSettings(settings.toBuilder().commitInterval(commitInterval).build());
  }

  /**
   * Cuts documents longer than {@code maxDocumentBytes}.
   *
   * @param maxDocumentBytes the new value of {@link IndexSettings#maxDocumentBytes()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withMaxDocumentBytes(long maxDocumentBytes) {
    return withSettings(settings.toBuilder().maxDocumentBytes(maxDocumentBytes).build());
  }

  /**
   * Reads NDJSON documents from the fields {@code ndjsonFields} names.
   *
   * @param ndjsonFields the new value of {@link IndexSettings#ndjsonFields()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withNdjsonFields(NdjsonFields ndjsonFields) {
    return withSettings(settings.toBuilder().ndjsonFields(ndjsonFields).build());
  }

  /**
   * Follows symbolic links met while walking directories when {@code followLinks}.
   *
   * @param followLinks the new value of {@link IndexSettings#followLinks()}
   * @return options like these but for that
   * @throws dev.tilde.TildeException if the value is out of range
   */
  public IndexOptions withFollowLinks(boolean followLinks) {
    return withSettings(settings.toBuilder().followLinks(followLinks).build());
  }

  /**
   * Reads {@link Indexer#STDIN} from {@code stdin}.
   *
   * @param stdin the new value of {@link IndexWiring#stdin()}
   * @return options like these but for that
   */
  public IndexOptions withStdin(InputStream stdin) {
    return withWiring(new IndexWiring(stdin, wiring.warnings(), wiring.progress()));
  }

  /**
   * Tells {@code warnings} about every problem as it happens.
   *
   * @param warnings the new value of {@link IndexWiring#warnings()}
   * @return options like these but for that
   */
  public IndexOptions withWarnings(Consumer<String> warnings) {
    return withWiring(new IndexWiring(wiring.stdin(), warnings, wiring.progress()));
  }

  /**
   * Reports progress to {@code progress}, or to no one when {@code null}.
   *
   * @param progress the new value of {@link IndexWiring#progress()}
   * @return options like these but for that
   */
  public IndexOptions withProgress(Consumer<IndexProgress> progress) {
    return withWiring(new IndexWiring(wiring.stdin(), wiring.warnings(), progress));
  }
}

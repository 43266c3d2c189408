package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.index.DamagedIndex;
import dev.tilde.index.IndexSnapshot;
import dev.tilde.index.TildeWriter;
import dev.tilde.index.WriteOptions;
import dev.tilde.indexer.source.Format;
import dev.tilde.indexer.source.InputSource;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.schema.IdNamespace;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One run of the indexer: reads the inputs on the calling thread ({@link InputSource}), hands documents to worker
 * threads ({@link BoundedPipeline}) that write those that changed concurrently through one {@link TildeWriter}, and
 * commits as {@link CommitPolicy} says: periodically (incremental jobs) or only at the end (full rebuilds), then
 * deleting what its inputs no longer hold.
 *
 * <p>Memory stays bounded whatever the input: the walk streams, documents in flight between reader and workers are
 * capped by a byte budget, Lucene's buffer by {@link IndexOptions#ramBufferMb()}, the documents of the index already
 * seen are one bit each, and the new ones a capped table of fingerprints ({@link NewDocumentKeys}).
 *
 * <p>Documents are identified by their key, their id within its namespace ({@link TildeDocument#key()}): an NDJSON
 * line never replaces, and dropping it never deletes, a file's document, whatever its id. A key met twice in one job
 * is written in the order read (the later wins), counted once, and reported with where it was met again.
 */
final class IndexJob {
  private static final long PROGRESS_EVERY_MS = 250;

  private final Path indexPath;
  private final List<Path> inputs;
  private final IndexOptions options;
  private final Consumer<String> warnings;
  private final long started = System.nanoTime();

  private final LongAdder bytes = new LongAdder();
  private final FailureLog failures;
  /** Files and directories that failed, wholly or in part: documents from them are never deleted. */
  private final Set<Path> failedOrigins = ConcurrentHashMap.newKeySet();

  private final InputSource source;
  private final InputSource.Sink sink = new InputSource.Sink() {
    @Override
    public void file(Path file, Format format) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        fail(file.toString(), "vanished before it could be read", InputSource.absolute(file));
        return;
      }
      pipeline.submit(IdNamespace.FILE.key(InputSource.absolute(file).toString()),
          BoundedPipeline.weightKb(Math.min(size, options.maxDocumentBytes())), () -> readAndWrite(file, format));
    }

    @Override
    public void document(TildeDocument doc, String where) {
      pipeline.submit(doc.key(), BoundedPipeline.weightKb(2L * (doc.title().length() + doc.body().length())),
          () -> write(doc, where));
    }

    @Override
    public void failure(String source, String reason, Path origin) {
      fail(source, reason, origin);
    }
  };
  private final NewDocumentKeys newKeys;
  private TildeWriter writer;
  private IndexSnapshot committed;
  private CommitPolicy commits;
  private DocumentCounts counts;
  private BoundedPipeline pipeline;
  private long totalBytes = -1;
  /** Set once every document is written: what is left is the final commit. */
  private boolean committing;

  private IndexJob(Path indexPath, List<Path> inputs, IndexOptions options, NewDocumentKeys newKeys) {
    this.newKeys = newKeys;
    this.indexPath = indexPath;
    this.inputs = List.copyOf(inputs);
    this.options = options;
    Consumer<String> sink = options.warnings();
    this.warnings = message -> {
      synchronized (sink) {
        sink.accept(message);
      }
    };
    this.failures = new FailureLog(warnings);
    this.source = new InputSource(options.followLinks(), options.ndjsonFields(), options.maxDocumentBytes(),
        options.stdin(), warnings, bytes::add);
  }

  static IndexSummary run(Path indexPath, List<Path> inputs, IndexOptions options) {
    return run(indexPath, inputs, options, new NewDocumentKeys());
  }

  /** {@link #run(Path, List, IndexOptions)}, remembering the job's new documents in {@code newKeys}. */
  static IndexSummary run(Path indexPath, List<Path> inputs, IndexOptions options, NewDocumentKeys newKeys) {
    if (inputs.isEmpty()) {
      throw new TildeException("nothing to index: give at least one file, directory, or - for standard input");
    }
    return new IndexJob(indexPath, inputs, options, newKeys).run();
  }

  private IndexSummary run() {
    List<Path> files = InputSource.files(inputs);
    SourceFiles.requireReadable(files);
    if (options.progress() != null && files.size() == inputs.size()) {
      totalBytes = sizeOf(files);
    }
    writer = TildeIndex.openForWriting(indexPath, new WriteOptions(options.full(), options.ramBufferMb()));
    committed = writer.committed();
    DamagedIndex setAside = writer.damagedIndexSetAside();
    if (setAside != null) {
      warnings.accept("index at " + indexPath + " " + setAside.problem() + ": moved its files to "
          + setAside.movedTo() + " to rebuild it (they are moved back if the rebuild does not complete)");
    }
    counts = new DocumentCounts(committed.maxOrdinal(), newKeys, warnings);
    commits = new CommitPolicy(indexPath, writer, inputs, options.full());

    ScheduledExecutorService timers =
        Executors.newSingleThreadScheduledExecutor(BoundedPipeline.daemon(() -> "tilde-index-timer"));
    pipeline = new BoundedPipeline(options.threads());
    try {
      if (!options.full()) {
        long every = options.commitInterval().toMillis();
        timers.scheduleWithFixedDelay(() -> commits.periodicCommit(pipeline), every, every, TimeUnit.MILLISECONDS);
      }
      if (options.progress() != null) {
        timers.scheduleAtFixedRate(this::reportProgress, 0, PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS);
      }
      try {
        source.read(inputs, sink, () -> false);
      } catch (BoundedPipeline.Abort stopped) {
        // a worker failed for good: stop reading, the error is reported below
      }
      // Each worker writes what Lucene still buffers while the others finish, so the final commit, on one thread,
      // has little left to write: on a multi-core machine the last buffers are written in parallel.
      pipeline.finish(writer::flushBuffers);
      BoundedPipeline.awaitTermination(timers);
      committing = true;
      if (options.progress() != null) {
        reportProgress(); // the last word before the final commit, which may take a while: committing
      }
      CommitPolicy.Outcome outcome = commits.finish(counts, failedOrigins, (path, reason) -> fail(path, reason, null));
      committing = false;
      if (options.progress() != null) {
        reportProgress();
      }
      failures.finish();
      return new IndexSummary(counts.added(), counts.updated(), outcome.deleted(), counts.unchanged(),
          failures.shown(), failures.count(), outcome.totalDocs(), bytes.sum(), (System.nanoTime() - started) / 1e9);
    } catch (RuntimeException | Error e) {
      pipeline.abandon();
      BoundedPipeline.awaitTermination(timers);
      try {
        writer.rollback(); // the index stays at its last commit
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private void readAndWrite(Path file, Format format) {
    TildeDocument doc = source.readFile(file, format, sink);
    if (doc != null) {
      write(doc, file.toString());
    }
  }

  /**
   * Writes {@code doc}, read at {@code where}, unless the index already holds it as it is; and counts it, once per
   * key however often the job meets it. Tasks of one key run one at a time, in the order read, so the last version
   * read is the one the index keeps and the one the counts describe.
   */
  private void write(TildeDocument doc, String where) {
    String key = doc.key();
    IndexSnapshot.Entry entry = committed.find(key);
    boolean repeat = counts.isRepeat(key, entry);
    boolean same = entry != null && Schema.contentHash(doc).equals(entry.contentHash());
    if (!same || repeat || options.full()) { // a repeat may follow a version that differs: write it
      try {
        writer.put(doc);
        commits.written();
      } catch (IllegalArgumentException e) {
        fail(doc.path() + " (id " + doc.id() + ")", "refused by Lucene: " + e.getMessage(), origin(doc));
        return;
      }
    }
    if (repeat) {
      warnings.accept(where + ": " + (doc.namespace() == IdNamespace.FILE
          ? "read again: named by more than one PATH; indexed once"
          : "id \"" + doc.id() + "\" was already read in this job; this line replaces that document"));
    }
    counts.count(key, entry, repeat, same);
  }

  private void fail(String source, String reason, Path origin) {
    if (origin != null) {
      failedOrigins.add(origin);
    }
    failures.add(FailureLog.inputOf(source, origin), new IndexSummary.Failure(source, reason),
        source + ": skipped: " + reason);
  }

  private void reportProgress() {
    options.progress().accept(new IndexProgress(counts.read(), bytes.sum(),
        totalBytes, (System.nanoTime() - started) / 1e9, committing));
  }

  private static Path origin(TildeDocument doc) {
    return doc.path().equals(InputSource.STDIN_NAME) ? null : Path.of(doc.path());
  }

  private long sizeOf(List<Path> inputs) {
    long[] total = {0};
    for (Path input : inputs) {
      SourceFiles.walk(input, options.followLinks(), file -> {
        try {
          total[0] += Files.size(file);
        } catch (IOException e) {
          // reported when the job reads it
        }
      }, (dir, reason) -> { }, link -> { });
    }
    return total[0];
  }
}

package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.index.CommitMetadata;
import dev.tilde.index.DamagedIndex;
import dev.tilde.index.IndexSnapshot;
import dev.tilde.index.TildeWriter;
import dev.tilde.index.WriteOptions;
import dev.tilde.indexer.source.FileDocumentReader;
import dev.tilde.indexer.source.Format;
import dev.tilde.indexer.source.NdjsonReader;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.indexer.source.UnreadableSourceException;
import dev.tilde.schema.IdNamespace;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * One run of the indexer: reads the inputs on the calling thread, hands documents to worker threads that write them
 * concurrently through one {@link TildeWriter}, commits periodically (incremental jobs) or only at the end (full
 * rebuilds), then deletes what its inputs no longer hold.
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
  /** Name standard input's documents carry as their path. */
  static final String STDIN_PATH = "<stdin>";
  /** What the commit records for standard input among the inputs. */
  private static final String STDIN_INPUT = "-";
  /** Tasks queued per worker; the in-flight budget bounds the text they hold. */
  private static final int QUEUE_CAPACITY_PER_WORKER = 64;
  /** Document text waiting for a worker, in KB; bounds the heap between reading and indexing. */
  private static final int IN_FLIGHT_KB = 128 * 1024;
  private static final long PROGRESS_EVERY_MS = 250;
  private static final long POLL_MS = 100;

  /** A unit of work for a worker: a file to read, or a document already read. */
  private sealed interface Task permits FileTask, DocumentTask, EndOfInput {
    int weightKb();
  }

  private record FileTask(Path file, Format format, int weightKb) implements Task {}

  /** A document read from NDJSON, and where: {@code path:line}. */
  private record DocumentTask(TildeDocument doc, String where, int weightKb) implements Task {}

  private record EndOfInput() implements Task {
    @Override
    public int weightKb() {
      return 0;
    }
  }

  /** A task in the queue, with its turn among the tasks of the same key (none for the end of input). */
  private record Queued(Task task, KeyTurns.Turn turn) {}

  /** Thrown on the reading thread to stop it when a worker has failed for good. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  private final Path indexPath;
  private final List<Path> inputs;
  private final IndexOptions options;
  private final Consumer<String> warnings;
  private final long started = System.nanoTime();

  private final LongAdder bytes = new LongAdder();
  /** Documents written; a periodic commit with nothing new to make durable is skipped. */
  private final AtomicLong written = new AtomicLong();
  private long writtenAtLastCommit;
  private final FailureLog failures;
  /** Files and directories that failed, wholly or in part: documents from them are never deleted. */
  private final Set<Path> failedOrigins = ConcurrentHashMap.newKeySet();
  private final Semaphore inFlight = new Semaphore(IN_FLIGHT_KB);
  private volatile RuntimeException fatal;

  private TildeWriter writer;
  private IndexSnapshot committed;
  private final NewDocumentKeys newKeys;
  private DocumentCounts counts;
  /** The one queue every worker takes from, so no worker idles while another has a backlog. */
  private BlockingQueue<Queued> queue;
  private final KeyTurns turns = new KeyTurns();
  private long totalBytes = -1;

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
    List<Path> files = inputs.stream().filter(input -> !isStdin(input)).toList();
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
    List<String> recordedInputs = recordedInputs();

    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(daemon("tilde-index-timer"));
    List<Thread> workers = startWorkers();
    try {
      if (!options.full()) {
        long every = options.commitInterval().toMillis();
        timers.scheduleWithFixedDelay(() -> periodicCommit(recordedInputs), every, every, TimeUnit.MILLISECONDS);
      }
      if (options.progress() != null) {
        timers.scheduleAtFixedRate(this::reportProgress, 0, PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS);
      }
      try {
        for (Path input : inputs) {
          if (isStdin(input)) {
            readNdjson(options.stdin());
          } else {
            SourceFiles.walk(input, options.followLinks(), this::dispatchFile,
                (dir, reason) -> fail(dir.toString(), reason, dir),
                link -> options.warnings().accept(link + ": skipped symbolic link (use --follow-links to follow it)"));
          }
        }
      } catch (Abort stopped) {
        // a worker failed for good: stop reading, the error is reported below
      }
      for (int i = 0; i < workers.size(); i++) {
        putUninterruptibly(queue, new Queued(new EndOfInput(), null));
      }
      for (Thread worker : workers) {
        joinUninterruptibly(worker);
      }
      stop(timers);
      if (fatal != null) {
        throw fatal;
      }
      return finish(recordedInputs);
    } catch (RuntimeException | Error e) {
      stop(timers);
      try {
        writer.rollback(); // the index stays at its last commit
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Deletes or carries over what the inputs no longer hold, commits, and sums up. */
  private IndexSummary finish(List<String> recordedInputs) {
    long[] deleted = {0};
    Set<Path> roots = fileInputs();
    Set<String> notFiles = new HashSet<>();
    committed.forEachDocument((path, ordinal) -> {
      if (counts.seen(ordinal)) {
        return;
      }
      boolean kept = isUnder(path, failedOrigins) || isUnder(path, roots) && notReadableNow(path, notFiles);
      if (options.full()) {
        if (kept) {
          writer.put(committed.document(ordinal)); // unreadable this time: keep the version we had
          counts.carriedOver();
        } else {
          deleted[0]++;
        }
      } else if (!kept && isUnder(path, roots)) {
        writer.deleteKey(committed.key(ordinal));
        deleted[0]++;
      }
    });
    long read = counts.read();
    long totalDocs;
    if (read == 0 && (options.full() || deleted[0] == 0)) {
      // Nothing could be read: a rebuild would be empty, so keep the index as it was.
      writer.rollback();
      deleted[0] = 0;
      totalDocs = committed.documentCount();
    } else {
      writer.commit(recordedInputs, true);
      totalDocs = writer.documentCount();
      try {
        writer.close();
      } catch (IOException e) {
        throw new TildeException("cannot close index at " + indexPath + ": " + e.getMessage(), e);
      }
    }
    if (options.progress() != null) {
      reportProgress();
    }
    failures.finish();
    return new IndexSummary(counts.added(), counts.updated(), deleted[0], counts.unchanged(), failures.shown(),
        failures.count(), totalDocs, bytes.sum(), (System.nanoTime() - started) / 1e9);
  }

  /**
   * Whether the input a document came from is still there but is no longer a file this job reads (it became a
   * symbolic link the walk skips, a FIFO, a socket, a device): like an unreadable file, it keeps its document, and
   * is reported.
   */
  private boolean notReadableNow(String path, Set<String> reported) {
    String kind = SourceFiles.notAFile(Path.of(path));
    if (kind == null) {
      return false;
    }
    if (reported.add(path)) { // once per input, however many documents an NDJSON file held
      fail(path, "is now " + kind + ", not a file: the documents indexed from it are kept", null);
    }
    return true;
  }

  private void dispatchFile(Path file) {
    Format format = SourceFiles.formatOf(file);
    if (format == Format.NDJSON) {
      try {
        NdjsonReader.read(file, options.ndjsonFields(), options.maxDocumentBytes(), ndjsonHandler(absolute(file)),
            bytes::add);
      } catch (UnreadableSourceException e) {
        fail(file.toString(), e.getMessage(), absolute(file));
      }
      return;
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      fail(file.toString(), "vanished before it could be read", absolute(file));
      return;
    }
    dispatch(IdNamespace.FILE.key(absolute(file).toString()),
        new FileTask(file, format, weightKb(Math.min(size, options.maxDocumentBytes()))));
  }

  private void readNdjson(InputStream stdin) {
    try {
      NdjsonReader.read(stdin, STDIN_PATH, options.ndjsonFields(), options.maxDocumentBytes(), ndjsonHandler(null),
          bytes::add);
    } catch (UnreadableSourceException e) {
      fail(STDIN_PATH, e.getMessage(), null);
    }
  }

  private NdjsonReader.Handler ndjsonHandler(Path origin) {
    String where = origin == null ? STDIN_PATH : origin.toString();
    return new NdjsonReader.Handler() {
      @Override
      public void document(long line, TildeDocument doc) {
        dispatch(doc.key(), new DocumentTask(doc, where + ":" + line,
            weightKb(2L * (doc.title().length() + doc.body().length()))));
      }

      @Override
      public void failure(long line, String reason) {
        fail(where + ":" + line, reason, origin);
      }

      @Override
      public void warning(long line, String message) {
        warnings.accept(where + ":" + line + ": " + message);
      }
    };
  }

  /**
   * Queues {@code task} for whichever worker is free first, with a turn for {@code key}: tasks with the same id run
   * in the order they were read, so when an input holds one id twice the later one deterministically wins.
   */
  private void dispatch(String key, Task task) {
    int permits = Math.min(task.weightKb(), IN_FLIGHT_KB);
    try {
      while (!inFlight.tryAcquire(permits, POLL_MS, TimeUnit.MILLISECONDS)) {
        abortIfFatal();
      }
      Queued queued = new Queued(task, turns.issue(key));
      while (!queue.offer(queued, POLL_MS, TimeUnit.MILLISECONDS)) {
        abortIfFatal();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TildeException("indexing interrupted", e);
    }
  }

  private void abortIfFatal() {
    if (fatal != null) {
      throw new Abort();
    }
  }

  private List<Thread> startWorkers() {
    queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY_PER_WORKER * options.threads());
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < options.threads(); i++) {
      Thread worker = new Thread(this::work, "tilde-index-" + i);
      worker.setDaemon(true);
      worker.start();
      workers.add(worker);
    }
    return workers;
  }

  private void work() {
    while (true) {
      Queued queued = takeUninterruptibly(queue);
      Task task = queued.task();
      if (task instanceof EndOfInput) {
        flushBuffers();
        return;
      }
      turns.await(queued.turn());
      try {
        if (fatal == null) {
          switch (task) {
            case FileTask file -> readAndWrite(file);
            case DocumentTask doc -> write(doc.doc(), doc.where());
            case EndOfInput end -> { }
          }
        }
      } catch (TildeException e) {
        fatal = e; // the index cannot be written: no point going on
      } catch (RuntimeException e) {
        fatal = new TildeException("indexing failed: " + e, e);
      } catch (Error e) {
        fatal = new TildeException("indexing failed: " + e, e);
        throw e;
      } finally {
        turns.finish(queued.turn());
        inFlight.release(Math.min(task.weightKb(), IN_FLIGHT_KB));
      }
    }
  }

  /**
   * Writes what Lucene still buffers to disk while the other workers finish, so the final commit, on one thread, has
   * little left to write: on a multi-core machine the last buffers are written in parallel.
   */
  private void flushBuffers() {
    if (fatal != null) {
      return;
    }
    try {
      writer.flushBuffers();
    } catch (RuntimeException e) {
      fatal = e instanceof TildeException ? e : new TildeException("indexing failed: " + e, e);
    }
  }

  private void readAndWrite(FileTask task) {
    TildeDocument doc;
    try {
      doc = FileDocumentReader.read(task.file(), task.format(), options.maxDocumentBytes(), warnings);
    } catch (UnreadableSourceException e) {
      fail(task.file().toString(), e.getMessage(), absolute(task.file()));
      return;
    } catch (RuntimeException e) {
      // A bug or pathological input in one file's extraction must not cost the job.
      fail(task.file().toString(), "cannot extract text: " + e, absolute(task.file()));
      return;
    } finally {
      try {
        bytes.add(Files.size(task.file()));
      } catch (IOException gone) {
        // vanished: counted as a failure above
      }
    }
    write(doc, task.file().toString());
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
        written.incrementAndGet();
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
    // One cap per input: its file (or directory), or standard input for all of its lines.
    String input = origin != null ? origin.toString() : source.startsWith(STDIN_PATH) ? STDIN_PATH : source;
    failures.add(input, new IndexSummary.Failure(source, reason), source + ": skipped: " + reason);
  }

  private void periodicCommit(List<String> recordedInputs) {
    long writtenNow = written.get();
    if (fatal != null || writtenNow == writtenAtLastCommit) {
      return;
    }
    try {
      writer.commit(recordedInputs, false);
      writtenAtLastCommit = writtenNow;
    } catch (RuntimeException e) {
      fatal = e;
    }
  }

  private void reportProgress() {
    options.progress().accept(new IndexProgress(counts.read(), bytes.sum(),
        totalBytes, (System.nanoTime() - started) / 1e9));
  }

  /** What the index is built from after this job: these inputs, plus, for an update, what it was built from. */
  private List<String> recordedInputs() {
    Set<String> recorded = new LinkedHashSet<>();
    CommitMetadata last = committed.metadata();
    if (!options.full() && last != null) {
      recorded.addAll(last.inputs());
    }
    for (Path input : inputs) {
      recorded.add(isStdin(input) ? STDIN_INPUT : absolute(input).toString());
    }
    return List.copyOf(recorded);
  }

  private Set<Path> fileInputs() {
    Set<Path> roots = new LinkedHashSet<>();
    for (Path input : inputs) {
      if (!isStdin(input)) {
        roots.add(absolute(input));
      }
    }
    return roots;
  }

  /** Whether the document path {@code path} is one of {@code roots} or inside one (never for standard input). */
  private static boolean isUnder(String path, Set<Path> roots) {
    if (roots.isEmpty() || path.equals(STDIN_PATH)) {
      return false;
    }
    Path document;
    try {
      document = Path.of(path);
    } catch (InvalidPathException e) {
      return false;
    }
    for (Path root : roots) {
      if (document.startsWith(root)) {
        return true;
      }
    }
    return false;
  }

  private static Path origin(TildeDocument doc) {
    return doc.path().equals(STDIN_PATH) ? null : Path.of(doc.path());
  }

  private static boolean isStdin(Path input) {
    return input.equals(Indexer.STDIN);
  }

  private static Path absolute(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static int weightKb(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, bytes / 1024 + 1);
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

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static Queued takeUninterruptibly(BlockingQueue<Queued> queue) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return queue.take();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void putUninterruptibly(BlockingQueue<Queued> queue, Queued task) {
    boolean interrupted = false;
    while (true) {
      try {
        queue.put(task);
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Stops the timers, letting a commit in progress finish: never interrupt a thread inside Lucene, whose NIO channels
   * close when their thread is interrupted (and the write lock with them).
   */
  private static void stop(ScheduledExecutorService timers) {
    timers.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (timers.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

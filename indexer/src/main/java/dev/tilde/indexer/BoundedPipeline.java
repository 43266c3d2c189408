package dev.tilde.indexer;

import dev.tilde.TildeException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one job's tasks on a fixed pool of worker threads taking from one queue, so no worker idles while another has
 * a backlog; the submitting thread waits while too many tasks, or too much text, are in flight, so memory stays
 * bounded whatever the input. Tasks with the same key run one after another in the order submitted ({@link
 * KeyTurns}). The first task that fails stops the pipeline: later tasks are skipped and the submitter is stopped.
 */
final class BoundedPipeline {
  /** Tasks queued per worker; the in-flight budget bounds the text they hold. */
  private static final int TASKS_PER_WORKER = 64;
  /** Document text waiting for a worker, in KB; bounds the heap between reading and indexing. */
  private static final int IN_FLIGHT_KB = 128 * 1024;
  private static final long POLL_MS = 100;

  /** Thrown on the submitting thread to stop it when a task has failed for good. */
  static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }

  private final int threads;
  private final ExecutorService workers;
  private final Semaphore tasks;
  private final Semaphore kilobytes = new Semaphore(IN_FLIGHT_KB);
  private final KeyTurns turns = new KeyTurns();
  private volatile RuntimeException fatal;

  /** A pipeline of {@code threads} workers, started at once. */
  BoundedPipeline(int threads) {
    this.threads = threads;
    this.tasks = new Semaphore(TASKS_PER_WORKER * threads);
    AtomicInteger started = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), daemon(() -> "tilde-index-" + started.getAndIncrement()));
    pool.prestartAllCoreThreads();
    this.workers = pool;
  }

  /** The weight of a task holding {@code bytes} of text, in KB (at least 1). */
  static int weightKb(long bytes) {
    return (int) Math.min(Integer.MAX_VALUE, bytes / 1024 + 1);
  }

  /**
   * Queues {@code work} for whichever worker is free first, with a turn for {@code key}: tasks with the same key run
   * in the order they were submitted, so when an input holds one id twice the later one deterministically wins.
   * Waits while the pipeline is full; {@code weightKb} is the text the task holds.
   *
   * @throws Abort if a task has failed for good: stop submitting and call {@link #finish}
   */
  void submit(String key, int weightKb, Runnable work) {
    int kb = Math.min(weightKb, IN_FLIGHT_KB);
    acquire(kilobytes, kb);
    try {
      acquire(tasks, 1);
    } catch (RuntimeException e) {
      kilobytes.release(kb);
      throw e;
    }
    KeyTurns.Turn turn = turns.issue(key);
    workers.execute(() -> {
      turns.await(turn);
      try {
        runUnlessFailed(work);
      } finally {
        turns.finish(turn);
        kilobytes.release(kb);
        tasks.release();
      }
    });
  }

  /**
   * Runs {@code last} once on each worker after every task submitted, waits for all of them, and throws the failure
   * that stopped the pipeline, if one did. {@code last} is skipped once a task has failed.
   */
  void finish(Runnable last) {
    for (int i = 0; i < threads; i++) {
      workers.execute(() -> runUnlessFailed(last));
    }
    awaitTermination(workers);
    if (fatal != null) {
      throw fatal;
    }
  }

  /** Skips whatever is still queued and waits for the tasks running; for a job that is giving up. */
  void abandon() {
    if (fatal == null) {
      fatal = new TildeException("indexing abandoned");
    }
    awaitTermination(workers);
  }

  /** Stops the pipeline with {@code failure}, unless it has stopped already. */
  void fail(RuntimeException failure) {
    if (fatal == null) {
      fatal = failure;
    }
  }

  /** Whether a task has failed for good. */
  boolean failed() {
    return fatal != null;
  }

  private void runUnlessFailed(Runnable work) {
    try {
      if (fatal == null) {
        work.run();
      }
    } catch (TildeException e) {
      fatal = e; // the index cannot be written: no point going on
    } catch (RuntimeException e) {
      fatal = new TildeException("indexing failed: " + e, e);
    } catch (Error e) {
      fatal = new TildeException("indexing failed: " + e, e);
      throw e;
    }
  }

  /** The one wait of the submitting thread: for {@code permits} of {@code budget}, or for a failure. */
  private void acquire(Semaphore budget, int permits) {
    try {
      while (!budget.tryAcquire(permits, POLL_MS, TimeUnit.MILLISECONDS)) {
        if (fatal != null) {
          throw new Abort();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TildeException("indexing interrupted", e);
    }
  }

  /**
   * Shuts {@code executor} down and waits for what it runs, letting a commit in progress finish: never interrupt a
   * thread inside Lucene, whose NIO channels close when their thread is interrupted (and the write lock with them).
   */
  static void awaitTermination(ExecutorService executor) {
    executor.shutdown();
    boolean interrupted = false;
    while (true) {
      try {
        if (executor.awaitTermination(1, TimeUnit.MINUTES)) {
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

  /** Daemon threads named by {@code names}: a job's threads never keep the JVM alive. */
  static ThreadFactory daemon(Supplier<String> names) {
    return runnable -> {
      Thread thread = new Thread(runnable, names.get());
      thread.setDaemon(true);
      return thread;
    };
  }
}

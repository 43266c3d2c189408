package dev.tilde.indexer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Lets any worker take any task from one shared queue, while tasks with the same key still run one after another in
 * the order they were queued: each task gets a turn when it is queued, and waits for it before it runs.
 *
 * <p>Only keys with a task queued or running are held, so memory is bounded by the queue, not by the keys seen; and
 * only a task whose key really is queued twice ever waits (a task waiting behind another key's, say one that flushes
 * Lucene's buffer for a second, would idle a worker). Turns are issued by the one thread that queues tasks, in queue
 * order, and tasks are taken from the queue in that order: the earliest turn taken is never waiting, so no set of
 * workers can wait for each other forever.
 */
final class KeyTurns {
  /** The last turn issued for each key whose turns are not all finished. */
  private final Map<String, Turn> latest = new ConcurrentHashMap<>();

  /** A task's place among the tasks of its key. */
  static final class Turn {
    private final String key;
    private final CountDownLatch finished = new CountDownLatch(1);
    /** The turn before this one of the same key, until this one starts; {@code null} when there is none. */
    private Turn previous;

    private Turn(String key, Turn previous) {
      this.key = key;
      this.previous = previous;
    }
  }

  /** The next turn for {@code key}; called by the one thread that queues tasks, in the order it queues them. */
  Turn issue(String key) {
    Turn turn = new Turn(key, null);
    // The previous turn may finish at any moment: then waiting for it returns at once.
    turn.previous = latest.put(key, turn);
    return turn;
  }

  /** Waits until the turn before {@code turn} of the same key (and so every earlier one) has finished. */
  void await(Turn turn) {
    Turn previous = turn.previous;
    if (previous == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        previous.finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // the turn must still be taken, or later ones would wait forever
      }
    }
    turn.previous = null; // the chain of finished turns can go
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends {@code turn}, whether its task succeeded or not, letting the next one of its key run. */
  void finish(Turn turn) {
    turn.finished.countDown();
    latest.remove(turn.key, turn);
  }

  /** Keys with a turn not yet finished. */
  int keysInFlight() {
    return latest.size();
  }
}

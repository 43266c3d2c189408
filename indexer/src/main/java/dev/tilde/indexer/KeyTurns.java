package dev.tilde.indexer;

/**
 * Lets any worker take any task from one shared queue, while tasks with the same key still run one after another in
 * the order they were queued: each task gets a turn when it is queued, and waits for it before it runs.
 *
 * <p>Keys are spread over a fixed number of stripes, so memory does not grow with the keys seen; two keys sharing a
 * stripe only wait for each other when both are being worked on at once. Turns are issued by the one thread that
 * queues tasks, in queue order, and tasks are taken from the queue in that order: the earliest turn taken is never
 * waiting, so no set of workers can wait for each other forever.
 */
final class KeyTurns {
  private static final int STRIPES = 1024;

  /** Next turn to issue, per stripe; only the queueing thread touches it. */
  private final long[] issued = new long[STRIPES];
  /** Turns finished, per stripe, each guarded by its lock. */
  private final long[] finished = new long[STRIPES];
  private final Object[] locks = new Object[STRIPES];

  /** A task's place among the tasks of its stripe. */
  record Turn(int stripe, long number) {}

  KeyTurns() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new Object();
    }
  }

  /** The next turn for {@code key}; called by the one thread that queues tasks, in the order it queues them. */
  Turn issue(String key) {
    int stripe = Math.floorMod(key.hashCode(), STRIPES);
    return new Turn(stripe, issued[stripe]++);
  }

  /** Waits until every earlier turn of {@code turn}'s stripe has {@linkplain #finish finished}. */
  void await(Turn turn) {
    Object lock = locks[turn.stripe()];
    boolean interrupted = false;
    synchronized (lock) {
      while (finished[turn.stripe()] != turn.number()) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          interrupted = true; // the turn must still be taken, or later ones would wait forever
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Ends {@code turn}, whether its task succeeded or not, letting the next one of its stripe run. */
  void finish(Turn turn) {
    Object lock = locks[turn.stripe()];
    synchronized (lock) {
      finished[turn.stripe()]++;
      lock.notifyAll();
    }
  }
}

package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class KeyTurnsTest {
  private record Task(String key, int version, KeyTurns.Turn turn) {}

  @Test
  void tasksWithTheSameKeyRunInTheOrderTheyWereQueuedWhicheverWorkerTakesThem() throws InterruptedException {
    KeyTurns turns = new KeyTurns();
    BlockingQueue<Task> queue = new ArrayBlockingQueue<>(16);
    Map<String, List<Integer>> ran = new ConcurrentHashMap<>();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < 4; w++) {
      Thread worker = new Thread(() -> {
        try {
          for (Task task = queue.take(); task.turn() != null; task = queue.take()) {
            turns.await(task.turn());
            try {
              ran.computeIfAbsent(task.key(), k -> Collections.synchronizedList(new ArrayList<>()))
                  .add(task.version());
              Thread.yield(); // give another worker the chance to take the next version meanwhile
            } finally {
              turns.finish(task.turn());
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      worker.start();
      workers.add(worker);
    }
    // Each id five times in a row, as an NDJSON feed carrying revisions would: the worst case for ordering.
    for (int id = 0; id < 500; id++) {
      for (int version = 1; version <= 5; version++) {
        String key = "story-" + id;
        queue.put(new Task(key, version, turns.issue(key)));
      }
    }
    for (int w = 0; w < workers.size(); w++) {
      queue.put(new Task("", 0, null));
    }
    for (Thread worker : workers) {
      worker.join();
    }

    assertThat(ran).hasSize(500);
    assertThat(ran.values()).allSatisfy(versions -> assertThat(versions).containsExactly(1, 2, 3, 4, 5));
    assertThat(turns.keysInFlight()).as("keys held once every turn finished").isZero();
  }

  @Test
  void aTaskNeverWaitsBehindAnotherKeysTask() {
    KeyTurns turns = new KeyTurns();
    KeyTurns.Turn flushing = turns.issue("europarl-1"); // taken by a worker that is flushing Lucene's buffer
    KeyTurns.Turn next = turns.issue("europarl-2");

    turns.await(next); // returns at once: only the same key orders tasks
    turns.finish(next);
    assertThat(turns.keysInFlight()).isEqualTo(1);
    turns.finish(flushing);
    assertThat(turns.keysInFlight()).isZero();
  }

  @Test
  void aFailedTaskStillLetsTheNextOneOfItsKeyRun() throws InterruptedException {
    KeyTurns turns = new KeyTurns();
    KeyTurns.Turn first = turns.issue("n1");
    KeyTurns.Turn second = turns.issue("n1");
    Thread failing = new Thread(() -> {
      turns.await(first);
      try {
        throw new IllegalStateException("refused by Lucene");
      } finally {
        turns.finish(first);
      }
    });
    failing.setUncaughtExceptionHandler((thread, e) -> { });
    failing.start();

    turns.await(second); // returns only once the first turn has finished
    failing.join();
    turns.finish(second);
    assertThat(failing.isAlive()).isFalse();
  }
}

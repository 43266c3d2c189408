package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The job's worker pool: tasks of one key in order, bounded memory, the first failure stops everything. */
class BoundedPipelineTest {
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void runsTasksOfOneKeyInTheOrderSubmittedAcrossWorkers() {
    BoundedPipeline pipeline = new BoundedPipeline(4);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < 2000; i++) {
      String key = "key-" + (i % 3);
      int n = i;
      pipeline.submit(key, 1, () -> seen.add(key + "#" + n));
    }
    AtomicInteger lastRuns = new AtomicInteger();
    pipeline.finish(lastRuns::incrementAndGet);

    assertThat(seen).hasSize(2000);
    for (String key : List.of("key-0", "key-1", "key-2")) {
      List<Integer> order = seen.stream().filter(s -> s.startsWith(key + "#"))
          .map(s -> Integer.parseInt(s.substring(s.indexOf('#') + 1))).toList();
      assertThat(order).isSorted();
    }
    assertThat(lastRuns).hasValue(4);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aFailedTaskStopsTheWaitingSubmitterAndIsThrownByFinish() throws InterruptedException {
    BoundedPipeline pipeline = new BoundedPipeline(2);
    CountDownLatch release = new CountDownLatch(1);
    // A task holding all but 1 KB of the budget until told to finish, then one that fails.
    pipeline.submit("held", 128 * 1024 - 1, () -> awaitUninterruptibly(release));
    pipeline.submit("bad", 1, () -> {
      throw new IllegalStateException("broken extractor");
    });

    assertThatThrownBy(() -> pipeline.submit("next", 2, () -> { })).isInstanceOf(BoundedPipeline.Abort.class);
    release.countDown();
    assertThatThrownBy(() -> pipeline.finish(() -> { })).isInstanceOf(TildeException.class)
        .hasMessageContaining("indexing failed").hasMessageContaining("broken extractor");
  }

  private static void awaitUninterruptibly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

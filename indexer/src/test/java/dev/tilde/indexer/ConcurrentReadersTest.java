package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TildeIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several threads search one open index while index jobs commit into it and a full rebuild replaces it: no search
 * fails, none sees a half-built generation, and all see the new data once it is committed.
 */
class ConcurrentReadersTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static final int READERS = 4;
  private static final int NEWS = 400;

  @TempDir Path dir;

  @Test
  void searchersNeverFailNorSeeAHalfBuiltIndex() throws Exception {
    Path index = dir.resolve("index");
    Path news = Files.createDirectories(dir.resolve("news"));
    StringBuilder ndjson = new StringBuilder();
    for (int i = 0; i < NEWS; i++) {
      ndjson.append("{\"id\":\"n").append(i).append("\",\"title\":\"Bulletin ").append(i)
          .append("\",\"body\":\"López Obrador met Kamala Harris about migration, bulletin ").append(i)
          .append(".\"}\n");
    }
    Files.writeString(news.resolve("bulletins.jsonl"), ndjson);
    Indexer.index(index, List.of(SEEDS), IndexOptions.defaults().withThreads(2));

    ConcurrentLinkedQueue<Long> seen = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicBoolean rebuilding = new AtomicBoolean(); // set once the incremental jobs' last commit is made
    ExecutorService pool = Executors.newFixedThreadPool(READERS);
    try (TildeIndex searcher = TildeIndex.open(index)) {
      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        readers.add(pool.submit(() -> {
          long last = -1;
          while (!stop.get()) {
            try {
              // One search is one point in time: every document, and how many name López Obrador.
              boolean duringRebuild = rebuilding.get();
              long all = searcher.search("*:*", 1).total();
              if (duringRebuild) {
                seen.add(all);
              }
              assertThat(searcher.search("obrador", 1).total()).isBetween(1L, (long) NEWS + 5);
              last = all;
            } catch (Throwable t) {
              failures.add(t);
              return;
            }
          }
          assertThat(last).isPositive();
        }));
      }

      // Incremental jobs commit every few milliseconds while the readers run.
      Indexer.index(index, List.of(news), IndexOptions.defaults().withThreads(2)
          .withCommitInterval(Duration.ofMillis(5)).withRamBufferMb(1));
      assertThat(searcher.search("*:*", 1).total()).isEqualTo(NEWS + 5);
      rebuilding.set(true);

      // A full rebuild from the bulletins alone: before it commits, readers see all 405; after, exactly 400.
      Indexer.index(index, List.of(news), IndexOptions.defaults().withFull(true).withThreads(2).withRamBufferMb(1));
      assertThat(searcher.search("*:*", 1).total()).isEqualTo(NEWS);
      assertThat(searcher.search("Giammattei", 10).hits()).isEmpty();

      stop.set(true);
      for (Future<?> reader : readers) {
        reader.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(failures).isEmpty();
    assertThat(Set.copyOf(seen)).isSubsetOf(Set.of((long) NEWS + 5, (long) NEWS));
  }

  @Test
  void aSearcherOpenBeforeTheFirstJobSeesItsWork() throws IOException {
    Path index = dir.resolve("index");
    Indexer.index(index, List.of(SEEDS.resolve("000_355b59ce4fb1aa64.txt")), IndexOptions.defaults());
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.search("Giammattei", 10).total()).isZero();

      Indexer.index(index, List.of(SEEDS), IndexOptions.defaults());

      assertThat(searcher.search("Giammattei", 10).total()).isEqualTo(4);
    }
  }
}

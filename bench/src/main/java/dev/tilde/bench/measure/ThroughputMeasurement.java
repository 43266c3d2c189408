package dev.tilde.bench.measure;

import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.engine.EngineIndex;
import dev.tilde.bench.engine.Searcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Queries per second with every core busy: one thread per core, each with its own searcher, running through the
 * query set (each from a different starting point) for a fixed time. Engines take turns run after run.
 */
public final class ThroughputMeasurement {
  private ThroughputMeasurement() {}

  /**
   * The median queries/s of each index (by engine name) over {@code runs} runs of {@code duration}, after one warm-up
   * run.
   */
  public static Map<String, Double> measure(Map<String, EngineIndex> indexes, List<BenchQuery> queries, int threads,
      Duration duration, int runs) throws Exception {
    Map<String, List<Double>> samples = new LinkedHashMap<>();
    for (int run = 0; run <= runs; run++) {
      for (Map.Entry<String, EngineIndex> index : indexes.entrySet()) {
        double qps = run(index.getValue(), queries, threads, duration);
        if (run > 0) {
          samples.computeIfAbsent(index.getKey(), k -> new ArrayList<>()).add(qps);
        }
      }
    }
    Map<String, Double> medians = new LinkedHashMap<>();
    samples.forEach((name, values) -> medians.put(name, Stats.median(values)));
    return medians;
  }

  private static double run(EngineIndex index, List<BenchQuery> queries, int threads, Duration duration)
      throws Exception {
    long[] done = new long[threads];
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> workers = new ArrayList<>();
    long[] deadline = new long[1];
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        try (Searcher searcher = index.searcher()) {
          ready.countDown();
          go.await();
          int q = thread * queries.size() / threads;
          while (System.nanoTime() < deadline[0]) {
            searcher.search(queries.get(q));
            done[thread]++;
            q = (q + 1) % queries.size();
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
          ready.countDown();
        }
      }, "bench-query-" + t);
      worker.start();
      workers.add(worker);
    }
    ready.await();
    long start = System.nanoTime();
    deadline[0] = start + duration.toNanos();
    go.countDown();
    for (Thread worker : workers) {
      worker.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failure.get() != null) {
      throw failure.get();
    }
    long total = 0;
    for (long n : done) {
      total += n;
    }
    return total / seconds;
  }
}

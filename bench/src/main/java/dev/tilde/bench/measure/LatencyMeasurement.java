package dev.tilde.bench.measure;

import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.engine.EngineIndex;
import dev.tilde.bench.engine.Searcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times every query of the set on one thread, engine after engine within each round, after warm-up rounds that let
 * the JIT compile the search paths and the caches fill.
 */
public final class LatencyMeasurement {
  private LatencyMeasurement() {}

  /** The latency figures of each index (by engine name) over {@code rounds} measured rounds. */
  public static Map<String, LatencyFigures> measure(Map<String, EngineIndex> indexes, List<BenchQuery> queries,
      int warmupRounds, int rounds) throws Exception {
    Map<String, Searcher> searchers = new LinkedHashMap<>();
    Map<String, List<Double>> p50s = new LinkedHashMap<>();
    Map<String, List<Double>> p99s = new LinkedHashMap<>();
    Map<String, Map<BenchQuery.Kind, List<Double>>> byKind = new LinkedHashMap<>();
    Map<String, int[]> hits = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, EngineIndex> index : indexes.entrySet()) {
        searchers.put(index.getKey(), index.getValue().searcher());
      }
      for (int round = 0; round < warmupRounds + rounds; round++) {
        boolean measured = round >= warmupRounds;
        for (Map.Entry<String, Searcher> engine : searchers.entrySet()) {
          double[] millis = new double[queries.size()];
          int[] hitCounts = new int[2]; // hits returned, queries without any
          for (int q = 0; q < queries.size(); q++) {
            long start = System.nanoTime();
            Searcher.Result result = engine.getValue().search(queries.get(q));
            millis[q] = (System.nanoTime() - start) / 1e6;
            hitCounts[0] += result.ids().size();
            hitCounts[1] += result.ids().isEmpty() ? 1 : 0;
          }
          if (measured) {
            String name = engine.getKey();
            p50s.computeIfAbsent(name, k -> new ArrayList<>()).add(Stats.percentile(millis, 50));
            p99s.computeIfAbsent(name, k -> new ArrayList<>()).add(Stats.percentile(millis, 99));
            Map<BenchQuery.Kind, List<Double>> kinds =
                byKind.computeIfAbsent(name, k -> new EnumMap<>(BenchQuery.Kind.class));
            for (int q = 0; q < queries.size(); q++) {
              kinds.computeIfAbsent(queries.get(q).kind(), k -> new ArrayList<>()).add(millis[q]);
            }
            hits.put(name, hitCounts);
          }
        }
      }
    } finally {
      for (Searcher searcher : searchers.values()) {
        searcher.close();
      }
    }
    Map<String, LatencyFigures> figures = new LinkedHashMap<>();
    for (String name : searchers.keySet()) {
      Map<BenchQuery.Kind, Double> kindMedians = new EnumMap<>(BenchQuery.Kind.class);
      byKind.get(name).forEach((kind, millis) -> kindMedians.put(kind, Stats.median(millis)));
      figures.put(name, new LatencyFigures(Stats.median(p50s.get(name)), Stats.median(p99s.get(name)),
          (double) hits.get(name)[0] / queries.size(), hits.get(name)[1], kindMedians));
    }
    return figures;
  }
}

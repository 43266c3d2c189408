package dev.tilde.bench.measure;

import dev.tilde.bench.Workspace;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.engine.Engine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Times index builds of one corpus by every engine, the engines taking turns run after run so that a change in the
 * machine's load falls on all of them alike.
 */
public final class BuildMeasurement {
  private BuildMeasurement() {}

  /** Builds {@code runs} times per engine and returns each engine's median figures, by engine name. */
  public static Map<String, BuildFigures> measure(List<Engine> engines, CorpusFile corpus, Workspace workspace,
      Engine.BuildSettings settings, int runs, Consumer<String> log) throws Exception {
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (Engine engine : engines) {
        Path dir = workspace.freshDirectory("build-" + engine.name());
        long start = System.nanoTime();
        engine.build(corpus, dir, settings);
        double seconds = (System.nanoTime() - start) / 1e9;
        long size = engine.sizeOnDisk(dir);
        Workspace.delete(dir);
        samples.computeIfAbsent(engine.name(), name -> new ArrayList<>()).add(new double[] {seconds, size});
        log.accept(String.format("  build %d/%d %-12s %6.1f s %8.1f MB/s", run, runs, engine.name(), seconds,
            corpus.bytes() / 1e6 / seconds));
      }
    }
    Map<String, BuildFigures> figures = new LinkedHashMap<>();
    samples.forEach((name, runsOf) -> {
      double seconds = Stats.median(column(runsOf, 0));
      figures.put(name, new BuildFigures(seconds, corpus.bytes() / 1e6 / seconds, corpus.documents() / seconds,
          (long) Stats.median(column(runsOf, 1))));
    });
    return figures;
  }

  private static List<Double> column(List<double[]> rows, int column) {
    return rows.stream().map(row -> row[column]).toList();
  }
}

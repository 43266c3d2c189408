package dev.tilde.bench.analysis;

import dev.tilde.bench.measure.Stats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * One analysis benchmark's result: each figure the median of the measured JMH iterations.
 *
 * @param benchmark the {@link AnalysisBenchmark} method
 * @param tokensPerSecond tokens made per second
 * @param megabytesPerSecond text read per second, in 10^6 bytes of UTF-8
 * @param documentsPerSecond documents analysed per second
 */
public record AnalysisFigures(
    String benchmark, double tokensPerSecond, double megabytesPerSecond, double documentsPerSecond) {
  /**
   * How JMH runs the benchmarks.
   *
   * @param forks JVMs forked per benchmark (0 runs them in this JVM, as the smoke test must)
   * @param warmups warm-up iterations
   * @param iterations measured iterations
   * @param iterationMillis length of each iteration
   * @param documents Europarl documents cycled through
   */
  public record Settings(int forks, int warmups, int iterations, long iterationMillis, int documents) {}

  /** Runs every {@link AnalysisBenchmark} and returns its figures, by method name in declaration order. */
  public static Map<String, AnalysisFigures> measure(Settings settings) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(AnalysisBenchmark.class.getName() + "\\.")
        .param("documents", Integer.toString(settings.documents()))
        .forks(settings.forks())
        .warmupIterations(settings.warmups())
        .warmupTime(TimeValue.milliseconds(settings.iterationMillis()))
        .measurementIterations(settings.iterations())
        .measurementTime(TimeValue.milliseconds(settings.iterationMillis()))
        .threads(1)
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, AnalysisFigures> figures = new LinkedHashMap<>();
    for (String method : List.of("standardAnalyzer", "tildeTextChain", "tildeDocument")) {
      RunResult result = results.stream()
          .filter(r -> r.getParams().getBenchmark().endsWith("." + method)).findFirst()
          .orElseThrow(() -> new IllegalStateException("JMH did not run " + method));
      List<Double> tokens = new ArrayList<>();
      List<Double> bytes = new ArrayList<>();
      List<Double> documents = new ArrayList<>();
      result.getBenchmarkResults().forEach(fork -> {
        for (IterationResult iteration : fork.getIterationResults()) {
          tokens.add(iteration.getSecondaryResults().get("tokens").getScore());
          bytes.add(iteration.getSecondaryResults().get("bytes").getScore());
          documents.add(iteration.getPrimaryResult().getScore());
        }
      });
      figures.put(method, new AnalysisFigures(method, Stats.median(tokens),
          Stats.median(bytes) / 1e6, Stats.median(documents)));
    }
    return figures;
  }
}

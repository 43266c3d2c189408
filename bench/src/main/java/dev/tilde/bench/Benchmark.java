package dev.tilde.bench;

import dev.tilde.bench.analysis.AnalysisFigures;
import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.corpus.Europarl;
import dev.tilde.bench.corpus.QuerySet;
import dev.tilde.bench.engine.Engine;
import dev.tilde.bench.engine.EngineIndex;
import dev.tilde.bench.engine.Fts5Engine;
import dev.tilde.bench.engine.LuceneEngine;
import dev.tilde.bench.engine.TildeEngine;
import dev.tilde.bench.measure.BuildFigures;
import dev.tilde.bench.measure.BuildMeasurement;
import dev.tilde.bench.measure.CommandTiming;
import dev.tilde.bench.measure.EndToEnd;
import dev.tilde.bench.measure.HeapWatch;
import dev.tilde.bench.measure.LatencyFigures;
import dev.tilde.bench.measure.LatencyMeasurement;
import dev.tilde.bench.measure.ThroughputMeasurement;
import dev.tilde.bench.measure.TypoAutomataComparison;
import dev.tilde.bench.report.BenchmarkReport;
import dev.tilde.bench.report.BenchmarkResults;
import dev.tilde.bench.report.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark's entry point: Tilde, bare Lucene and SQLite FTS5 side by side in one process, on the same machine
 * and data, with the figures written as a markdown table to {@code docs/BENCHMARKS.md}. {@code bin/benchmark} runs it.
 */
@Command(name = "benchmark", sortOptions = false,
    description = "Measures Tilde against bare Lucene and SQLite FTS5 and writes docs/BENCHMARKS.md.")
public final class Benchmark implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--docs", description = "Europarl documents to use (default: all ${DEFAULT-VALUE})")
  int documents = 17_597;

  @Option(names = "--scale", description = "copies of the corpus in the build corpus (default: ${DEFAULT-VALUE})")
  int scale = 10;

  @Option(names = "--threads", description = "indexing and query threads (default: the cores, ${DEFAULT-VALUE})")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--ram-buffer-mb", description = "RAM buffer / page cache in MB (default: ${DEFAULT-VALUE})")
  double ramBufferMb = 64;

  @Option(names = "--build-runs", description = "measured builds per engine (default: ${DEFAULT-VALUE})")
  int buildRuns = 3;

  @Option(names = "--queries", description = "queries of the set to use (default: all)")
  int queries = Integer.MAX_VALUE;

  @Option(names = "--warmup-rounds", description = "unmeasured rounds of the query set (default: ${DEFAULT-VALUE})")
  int warmupRounds = 5;

  @Option(names = "--query-rounds", description = "measured rounds of the query set (default: ${DEFAULT-VALUE})")
  int queryRounds = 5;

  @Option(names = "--qps-runs", description = "measured queries/s runs per engine (default: ${DEFAULT-VALUE})")
  int throughputRuns = 3;

  @Option(names = "--qps-seconds", description = "length of a queries/s run (default: ${DEFAULT-VALUE})")
  double throughputSeconds = 3;

  @Option(names = "--jmh-forks",
      description = "JVMs JMH forks per benchmark; 0 runs in this one (default: ${DEFAULT-VALUE})")
  int jmhForks = 1;

  @Option(names = "--jmh-warmups", description = "JMH warm-up iterations (default: ${DEFAULT-VALUE})")
  int jmhWarmups = 3;

  @Option(names = "--jmh-iterations", description = "JMH measured iterations (default: ${DEFAULT-VALUE})")
  int jmhIterations = 5;

  @Option(names = "--jmh-millis", description = "length of a JMH iteration (default: ${DEFAULT-VALUE})")
  long jmhMillis = 1000;

  @Option(names = "--no-jmh", description = "skip the analysis benchmark")
  boolean noJmh;

  @Option(names = "--cli-runs",
      description = "measured runs of each end-to-end command; 0 skips them (default: ${DEFAULT-VALUE})")
  int cliRuns = 15;

  @Option(names = "--typo-automata", description = "only compare Tilde's shared typo automata with Lucene's"
      + " FuzzyQuery and FuzzyTermsEnum, and print the table (docs/BENCHMARKS.md keeps it by hand)")
  boolean typoAutomata;

  @Option(names = "--root", description = "the source tree, with bin/tilde and seeds/ (default: .)")
  Path root = Path.of(".");

  @Option(names = "--work", description = "scratch directory, emptied first (default: ROOT/bench/target/work)")
  Path work;

  @Option(names = "--output", description = "markdown file to write (default: ROOT/docs/BENCHMARKS.md)")
  Path output;

  @Option(names = "--command", description = "the command line to record in the report (default: bin/benchmark)")
  String command = "bin/benchmark";

  /** Europarl documents the analysis benchmark cycles through (fewer when the run uses fewer). */
  private static final int JMH_DOCUMENTS = 2000;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Benchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Path rootDir = root.toAbsolutePath().normalize();
    if (typoAutomata) {
      Path scratch = Files.createDirectories(work != null ? work : rootDir.resolve("bench/target/work"));
      System.out.print(TypoAutomataComparison.run(Files.createTempDirectory(scratch, "typo-automata")));
      return 0;
    }
    BenchmarkSettings settings = new BenchmarkSettings(documents, scale, threads, ramBufferMb, buildRuns, queries,
        warmupRounds, queryRounds, throughputRuns, Duration.ofMillis((long) (throughputSeconds * 1000)),
        noJmh ? null : new AnalysisFigures.Settings(jmhForks, jmhWarmups, jmhIterations, jmhMillis,
            Math.min(documents, JMH_DOCUMENTS)),
        cliRuns, rootDir, work != null ? work : rootDir.resolve("bench/target/work"),
        output != null ? output : rootDir.resolve("docs/BENCHMARKS.md"), command);
    BenchmarkResults results = run(settings);
    BenchmarkReport.write(settings.output(), results);
    System.out.println("wrote " + settings.output());
    return 0;
  }

  /** Runs every measurement {@code settings} asks for and returns the figures. */
  public static BenchmarkResults run(BenchmarkSettings settings) throws Exception {
    String loadBefore = Environment.loadAverage();
    Environment environment = Environment.current(settings.command());
    log("load average " + loadBefore + "; " + environment.machine() + "; " + environment.jdk());
    // The analysis benchmark first (JMH forks its own JVMs): run after the ×10 builds, its figures for Tilde's
    // chains twice came out a third below those of JMH run alone, while StandardAnalyzer's did not move; run first,
    // they match.
    Map<String, AnalysisFigures> analysis = Map.of();
    if (settings.jmh() != null) {
      log("analysis alone (JMH)");
      analysis = AnalysisFigures.measure(settings.jmh());
    }
    Workspace workspace = new Workspace(settings.workDir());
    List<BenchQuery> querySet = QuerySet.standard();
    querySet = querySet.subList(0, Math.min(settings.queries(), querySet.size()));
    CorpusFile[] corpora = writeCorpora(settings, workspace);
    CorpusFile corpus = corpora[0];
    CorpusFile scaled = corpora[1];
    log(String.format("corpus: %,d documents, %.1f MB; build corpus x%d: %,d documents, %.1f MB", corpus.documents(),
        corpus.bytes() / 1e6, settings.scale(), scaled.documents(), scaled.bytes() / 1e6));

    List<Engine> engines = List.of(new TildeEngine(), new LuceneEngine(), new Fts5Engine());
    Engine.BuildSettings build = new Engine.BuildSettings(settings.threads(), settings.ramBufferMb());
    // The query indexes, built first: they warm every engine's build path up, and their builds are watched for the
    // peak live heap (the watch's collections would distort the timed builds that follow).
    Map<String, Path> queryIndexes = new LinkedHashMap<>();
    Map<String, Long> peakHeap = new LinkedHashMap<>();
    for (Engine engine : engines) {
      Path dir = workspace.freshDirectory("query-" + engine.name());
      HeapWatch heap = HeapWatch.start();
      try {
        engine.build(corpus, dir, build);
      } finally {
        heap.close();
      }
      peakHeap.put(engine.name(), heap.peakAboveStartBytes());
      log(String.format("  warm-up build %-12s peak live heap %,d MiB", engine.name(),
          peakHeap.get(engine.name()) >> 20));
      queryIndexes.put(engine.name(), dir);
    }
    Map<String, BuildFigures> builds =
        BuildMeasurement.measure(engines, scaled, workspace, build, settings.buildRuns(), Benchmark::log);

    Map<String, EngineIndex> indexes = new LinkedHashMap<>();
    Map<String, LatencyFigures> latency;
    Map<String, Double> qps;
    try {
      for (Engine engine : engines) {
        indexes.put(engine.name(), engine.open(queryIndexes.get(engine.name())));
      }
      // Tilde once more on its own index, keeping no typo automata between searches: the query set repeats every
      // round, so the shipped engine's figures are those of words it has seen; this one's, of words it has not.
      Map<String, EngineIndex> latencyIndexes = new LinkedHashMap<>(indexes);
      EngineIndex unkept = TildeEngine.withoutKeptAutomata().open(queryIndexes.get(engines.get(0).name()));
      latencyIndexes.put(TildeEngine.WITHOUT_KEPT_AUTOMATA, unkept);
      log("query latency: " + querySet.size() + " queries, " + settings.warmupRounds() + " warm-up + "
          + settings.queryRounds() + " measured rounds");
      try {
        latency = LatencyMeasurement.measure(latencyIndexes, querySet, settings.warmupRounds(), settings.queryRounds());
      } finally {
        unkept.close();
      }
      log("queries/s: " + settings.threads() + " threads, " + settings.throughputRuns() + " runs of "
          + settings.throughputDuration().toMillis() + " ms");
      qps = ThroughputMeasurement.measure(indexes, querySet, settings.threads(), settings.throughputDuration(),
          settings.throughputRuns());
    } finally {
      for (EngineIndex index : indexes.values()) {
        index.close();
      }
    }

    List<CommandTiming> endToEnd = List.of();
    if (settings.cliRuns() > 0) {
      log("end to end: bin/tilde search vs sqlite3, " + settings.cliRuns() + " runs each");
      endToEnd = EndToEnd.measure(settings.root().resolve("bin/tilde"), "sqlite3", settings.root().resolve("seeds"),
          new BenchQuery(BenchQuery.Kind.NAME, "lopez obrador"), workspace, 3, settings.cliRuns());
    }
    String loadAfter = Environment.loadAverage();
    log("load average " + loadAfter);
    return new BenchmarkResults(environment, settings, corpus, scaled, querySet, builds, peakHeap, latency, qps,
        analysis, endToEnd, loadBefore, loadAfter);
  }

  /**
   * The plain corpus and the scaled one, written to the workspace; the documents themselves are not kept in memory
   * (they would weigh on every engine's heap).
   */
  private static CorpusFile[] writeCorpora(BenchmarkSettings settings, Workspace workspace) throws IOException {
    List<CorpusDocument> docs = Europarl.documents(settings.documents());
    return new CorpusFile[] {
        CorpusFile.write(docs, 1, workspace.file("europarl.ndjson")),
        CorpusFile.write(docs, settings.scale(), workspace.file("europarl-x" + settings.scale() + ".ndjson"))};
  }

  private static void log(String line) {
    System.err.println(line);
  }
}

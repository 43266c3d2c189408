package dev.tilde.bench.report;

import dev.tilde.bench.BenchmarkSettings;
import dev.tilde.bench.analysis.AnalysisFigures;
import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.measure.BuildFigures;
import dev.tilde.bench.measure.CommandTiming;
import dev.tilde.bench.measure.LatencyFigures;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one benchmark run, with what it ran on. Maps are keyed by engine name, in the order the engines
 * ran.
 *
 * @param environment machine, JDK, date, command
 * @param settings what the run did
 * @param corpus the corpus queried
 * @param buildCorpus the corpus built (the corpus copied {@link BenchmarkSettings#scale()} times)
 * @param queries the queries asked
 * @param builds index builds of {@code buildCorpus}
 * @param peakHeapBytes the peak live heap a build of {@code corpus} (the warm-up build) held, in bytes
 * @param latency single-thread latency over {@code queries}
 * @param queriesPerSecond throughput with {@link BenchmarkSettings#threads()} threads
 * @param analysis the analysis benchmark, by {@code AnalysisBenchmark} method; empty when skipped
 * @param endToEnd {@code bin/tilde search} then the {@code sqlite3} shell; empty when skipped
 * @param loadBefore the load average when the run started
 * @param loadAfter the load average when it ended
 */
public record BenchmarkResults(
    Environment environment,
    BenchmarkSettings settings,
    CorpusFile corpus,
    CorpusFile buildCorpus,
    List<BenchQuery> queries,
    Map<String, BuildFigures> builds,
    Map<String, Long> peakHeapBytes,
    Map<String, LatencyFigures> latency,
    Map<String, Double> queriesPerSecond,
    Map<String, AnalysisFigures> analysis,
    List<CommandTiming> endToEnd,
    String loadBefore,
    String loadAfter) {}

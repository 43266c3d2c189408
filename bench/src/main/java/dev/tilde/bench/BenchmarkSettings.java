package dev.tilde.bench;

import dev.tilde.bench.analysis.AnalysisFigures;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What a benchmark run does; {@link Benchmark}'s options fill it.
 *
 * @param documents Europarl documents used (all 17,597 unless fewer are asked for)
 * @param scale copies of the corpus in the build corpus (new ids, same text)
 * @param threads indexing threads, and query threads for queries/s
 * @param ramBufferMb Lucene's RAM buffer (Tilde, Lucene) and SQLite's page cache
 * @param buildRuns measured builds per engine, after one warm-up build of the plain corpus
 * @param queries queries of the set used (all unless fewer are asked for)
 * @param warmupRounds unmeasured rounds of the query set per engine
 * @param queryRounds measured rounds of the query set per engine
 * @param throughputRuns measured queries/s runs per engine, after one warm-up run
 * @param throughputDuration how long each queries/s run lasts
 * @param jmh the analysis benchmark's settings, or {@code null} to skip it
 * @param cliRuns measured runs of each end-to-end command, or 0 to skip them
 * @param root the source tree ({@code bin/tilde}, {@code seeds/})
 * @param workDir scratch space for corpora and indexes, emptied first
 * @param output the markdown file to write the figures into
 * @param command the command line to record as having produced the figures
 */
public record BenchmarkSettings(
    int documents,
    int scale,
    int threads,
    double ramBufferMb,
    int buildRuns,
    int queries,
    int warmupRounds,
    int queryRounds,
    int throughputRuns,
    Duration throughputDuration,
    AnalysisFigures.Settings jmh,
    int cliRuns,
    Path root,
    Path workDir,
    Path output,
    String command) {}

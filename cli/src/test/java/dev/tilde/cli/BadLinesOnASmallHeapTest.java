package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code tilde index} process with a 64 MB heap over a gzipped NDJSON file of millions of malformed lines:
 * the failures are counted, not kept, so the job finishes with its exact count and a short stderr.
 */
class BadLinesOnASmallHeapTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");
  private static final int BAD_LINES = 2_000_000;

  @TempDir Path dir;

  @Test
  @Timeout(value = 180, threadMode = ThreadMode.SEPARATE_THREAD)
  void millionsOfBadLinesAreCountedExactlyOnA64MegabyteHeapWithTwentyOfThemShown() throws Exception {
    Path feed = dir.resolve("feed.jsonl.gz");
    try (Writer out = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(feed), 1 << 16), StandardCharsets.UTF_8)) {
      out.write(new ObjectMapper().createObjectNode().put("id", "seed").put("body", seedText()) + "\n");
      String bad = "x\n".repeat(10_000);
      for (int i = 0; i < BAD_LINES / 10_000; i++) {
        out.write(bad);
      }
    }
    Path stdout = dir.resolve("out.json");
    Path stderr = dir.resolve("err.txt");
    Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xmx64m",
        "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), TildeCommand.class.getName(),
        "index", "--json", "--index", dir.resolve("index").toString(), feed.toString())
        .redirectOutput(stdout.toFile())
        .redirectError(stderr.toFile())
        .start();
    try {
      assertThat(child.waitFor(170, TimeUnit.SECONDS)).as("the job finished").isTrue();
    } finally {
      child.destroyForcibly();
    }

    List<String> errLines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
    String errHead = String.join("\n", errLines.subList(0, Math.min(errLines.size(), 40)));
    assertThat(errLines).as(errHead).hasSizeLessThan(100);
    assertThat(String.join("\n", errLines)).doesNotContain("OutOfMemoryError", "Exception", "\tat ");
    assertThat(child.exitValue()).as(errHead).isEqualTo(ExitCode.PARTIAL);
    assertThat(errLines.subList(0, 20)).allSatisfy(line -> assertThat(line)
        .startsWith("tilde: " + feed.toAbsolutePath() + ":").contains(": skipped: not valid JSON"));
    assertThat(errLines.get(20)).isEqualTo("tilde: " + feed.toAbsolutePath() + ": … and " + (BAD_LINES - 20)
        + " more failure(s) not shown (" + BAD_LINES + " in all)");
    JsonNode summary = new ObjectMapper().readTree(stdout.toFile());
    assertThat(summary.get("added").asLong()).isEqualTo(1);
    assertThat(summary.get("failed").asLong()).isEqualTo(BAD_LINES);
    assertThat(summary.get("total_docs").asLong()).isEqualTo(1);
  }

  private static String seedText() throws IOException {
    try (var seeds = Files.list(Path.of(SEEDS))) {
      return Files.readString(seeds.sorted().findFirst().orElseThrow(), StandardCharsets.UTF_8);
    }
  }
}

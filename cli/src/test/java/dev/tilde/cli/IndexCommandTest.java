package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.index.IndexDamage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IndexCommandTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");

  @TempDir Path dir;

  private String index() {
    return dir.resolve("index").toString();
  }

  @Test
  void jsonSummaryHasTheContractKeysAndExitsZero() throws Exception {
    CliRun run = CliRun.of("index", "--index", index(), "--json", SEEDS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames()).toIterable().containsExactly(
        "added", "updated", "deleted", "unchanged", "failed", "total_docs", "bytes", "seconds");
    assertThat(json.get("added").asInt()).isEqualTo(5);
    assertThat(json.get("total_docs").asInt()).isEqualTo(5);
    assertThat(json.get("bytes").asLong()).isPositive();

    JsonNode again = new ObjectMapper().readTree(CliRun.of("index", "--index", index(), "--json", SEEDS).out());
    assertThat(again.get("unchanged").asInt()).isEqualTo(5);
    assertThat(again.get("added").asInt()).isZero();
  }

  @Test
  void exitsThreeAndListsEachFailedInputWithItsReason() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of(SEEDS, "002_93535a9ed92f4643.txt"), in.resolve("article.txt"));
    Files.write(in.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"1\",\"body\":\"Harris in Mexico\"}\nnot json\n");

    CliRun run = CliRun.of("index", "--index", index(), in.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertThat(run.err().lines()).contains(
        "tilde: " + in.resolve("image.txt") + ": skipped: binary file, not text");
    assertThat(run.err().lines()).anySatisfy(line -> assertThat(line)
        .startsWith("tilde: " + in.resolve("feed.jsonl").toAbsolutePath() + ":2: skipped: not valid JSON"));
    assertThat(run.err()).contains("2 added, 0 updated, 0 unchanged, 0 deleted, 2 failed; 2 in the index");
  }

  @Test
  void exitsTwoWhenNothingCouldBeIndexed() throws Exception {
    Path blank = Files.writeString(dir.resolve("blank.txt"), "\n\n");

    CliRun run = CliRun.of("index", "--index", index(), blank.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("tilde: " + blank + ": skipped: empty file")
        .contains("tilde: nothing could be indexed; the index was left as it was");
  }

  @Test
  void readsNdjsonFromStandardInputWithTheFieldOptions() throws Exception {
    String lines = "{\"uuid\":\"a1\",\"headline\":\"Peña Nieto en Washington\",\"text\":\"El presidente habló.\","
        + "\"published\":\"2016-08-31\",\"desk\":\"world\"}\n";
    InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
      run = CliRun.of("index", "--index", index(), "--id-field", "uuid", "--title-field", "headline",
          "--body-field", "text", "--date-field", "published", "--extra-field", "desk", "-");
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    CliRun search = CliRun.of("search", "--index", index(), "--json", "pena nieto");
    JsonNode hit = new ObjectMapper().readTree(search.out()).get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("a1");
    assertThat(hit.get("title").asText()).isEqualTo("Peña Nieto en Washington");
    assertThat(hit.get("path").asText()).isEqualTo("<stdin>");
  }

  @Test
  void anOptionOutOfRangeIsOneUsageLine() {
    CliRun run = CliRun.of("index", "--index", index(), "--threads", "0", SEEDS);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("tilde: threads must be between 1 and 256, got 0");
  }

  @Test
  void anIndexBuiltWithAnotherAnalysisIsRefusedUntilRebuiltWithFull() throws Exception {
    try (FSDirectory directory = FSDirectory.open(dir.resolve("index"));
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.setLiveCommitData(Map.of("tilde.analysis", "0").entrySet());
      writer.commit();
    }
    String hint = "rebuild it with 'tilde index --full --index " + index() + " PATH...'";

    CliRun search = CliRun.of("search", "--index", index(), "harris");
    CliRun update = CliRun.of("index", "--index", index(), SEEDS);
    CliRun rebuild = CliRun.of("index", "--index", index(), "--full", SEEDS);

    assertThat(search.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(search.err().lines()).singleElement().asString().startsWith("tilde: index at ").endsWith(hint);
    assertThat(update.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(update.err().lines()).singleElement().asString().endsWith(hint);
    assertThat(rebuild.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(CliRun.of("search", "--index", index(), "harris").exitCode()).isEqualTo(ExitCode.OK);
  }

  @ParameterizedTest
  @EnumSource(IndexDamage.class)
  void aFullRebuildMovesADamagedIndexAsideSaysWhereAndRebuildsIt(IndexDamage damage) throws Exception {
    Path index = dir.resolve("index");
    CliRun.of("index", "--index", index.toString(), SEEDS);
    damage.applyTo(index);
    Set<String> damagedFiles = filesIn(index);

    CliRun search = CliRun.of("search", "--index", index.toString(), "harris");
    CliRun update = CliRun.of("index", "--index", index.toString(), SEEDS);

    for (CliRun refused : List.of(search, update)) {
      assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
      assertThat(refused.err().lines()).singleElement().asString().startsWith("tilde: index at " + index + " ")
          .endsWith("rebuild it with 'tilde index --full --index " + index + " PATH...' (its files are moved aside)")
          .doesNotContain("unexpected error");
    }
    assertThat(filesIn(index)).isEqualTo(damagedFiles);

    CliRun rebuild = CliRun.of("index", "--index", index.toString(), "--full", SEEDS);

    assertThat(rebuild.exitCode()).isEqualTo(ExitCode.OK);
    Path aside;
    try (Stream<Path> siblings = Files.list(dir)) {
      aside = siblings.filter(p -> p.getFileName().toString().startsWith("index.damaged-")).findFirst().orElseThrow();
    }
    assertThat(rebuild.err().lines()).first().asString().startsWith("tilde: index at " + index + " ")
        .contains(": moved its files to " + aside + " to rebuild it");
    assertThat(filesIn(aside)).isEqualTo(damagedFiles);
    assertThat(rebuild.err()).contains("5 added");
    assertThat(CliRun.of("search", "--index", index.toString(), "harris").exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aFifoNamedAsAnInputIsRefusedAtOnceWithOneLine() throws Exception {
    Path fifo = dir.resolve("feed.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    CliRun run = CliRun.of("index", "--index", index(), fifo.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("tilde: not a file or directory: " + fifo
        + " is a FIFO (give - to read NDJSON from standard input)");
    assertThat(dir.resolve("index")).doesNotExist();
  }

  @Test
  void threeLinesWithOneIdAreOneDocumentAddedAndTheRepeatsAreNamedByLine() throws Exception {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
        {"id":"dup","body":"Harris in Guatemala"}
        {"id":"dup","body":"Harris in Mexico"}
        {"id":"dup","body":"Harris in Honduras"}
        """);

    CliRun run = CliRun.of("index", "--index", index(), feed.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    String where = feed.toAbsolutePath().toString();
    assertThat(run.err().lines()).hasSize(3).startsWith(
        "tilde: " + where + ":2: id \"dup\" was already read in this job; this line replaces that document",
        "tilde: " + where + ":3: id \"dup\" was already read in this job; this line replaces that document");
    assertThat(run.err().lines().toList().get(2)).startsWith("tilde: indexed 1 document(s)")
        .contains("1 added, 0 updated, 0 unchanged, 0 deleted, 0 failed; 1 in the index");
  }

  private static Set<String> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).filter(name -> !name.equals("write.lock"))
          .collect(Collectors.toSet());
    }
  }
}

package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}

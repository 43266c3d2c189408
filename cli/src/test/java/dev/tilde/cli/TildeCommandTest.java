package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TildeCommandTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void indexSeeds() {
    index = dir.resolve("index").toString();
    CliRun run = CliRun.of("index", "--index", index, SEEDS);
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).contains("indexed 5 document(s)");
  }

  @Test
  void jsonSearchListsRankedHitsWithMarkedSnippets() throws Exception {
    CliRun run = CliRun.of("search", "--index", index, "--json", "lopez", "obrador");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("query").asText()).isEqualTo("lopez obrador");
    assertThat(json.get("parsed_as").asText()).isEqualTo("syntax");
    assertThat(json.get("total").asInt()).isEqualTo(5);
    assertThat(json.fieldNames()).toIterable()
        .containsExactly("query", "parsed_as", "total", "took_ms", "timed_out", "suggestion", "hits");
    JsonNode hits = json.get("hits");
    assertThat(hits).hasSize(5);
    for (JsonNode hit : hits) {
      assertThat(hit.fieldNames()).toIterable()
          .containsExactly("id", "path", "title", "score", "snippets", "date", "lang", "source", "extra", "matches");
      assertThat(hit.get("path").asText()).endsWith(".txt");
    }
    assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(4).get("score").asDouble());
    // The top hit may quote either spelling (its headline has the other); every spelling is marked somewhere.
    assertThat(hits.findValues("snippets").toString())
        .containsPattern("<mark>[^<]*López Obrador</mark>").containsPattern("<mark>[^<]*Lopez Obrador</mark>");
  }

  @Test
  void terminalOutputShowsRankScoreTitlePathAndSnippetsWithoutColourWhenPiped() {
    CliRun run = CliRun.of("search", "--index", index, "-n", "2", "Giammattei");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains(" 1. ")
        .contains("score ")
        .contains("002_93535a9ed92f4643.txt")
        .contains("**Giammattei**")
        .doesNotContain("\u001b[");
  }

  @Test
  void limitOptionCapsTheHits() throws Exception {
    CliRun run = CliRun.of("search", "--index", index, "--json", "-n", "2", "migration");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("hits")).hasSize(2);
    assertThat(json.get("total").asInt()).isGreaterThan(2);
  }

  @Test
  void explainShowsHowEachHitScored() throws Exception {
    CliRun text = CliRun.of("search", "--index", index, "--explain", "-n", "1", "Zuniga");
    JsonNode json = new ObjectMapper().readTree(
        CliRun.of("search", "--index", index, "--explain", "--json", "-n", "1", "Zuniga").out());

    assertThat(text.out()).contains("weight(body:zuniga", "BM25Similarity");
    assertThat(json.get("hits").get(0).get("explanation").asText()).contains("weight(body:zuniga");
  }

  @Test
  void aliasesOptionAddsTheUsersTable(@TempDir Path tables) throws Exception {
    Path table = java.nio.file.Files.writeString(tables.resolve("mine.txt"), "El Peje, López Obrador\n");

    JsonNode json = new ObjectMapper().readTree(
        CliRun.of("search", "--index", index, "--json", "--aliases", table.toString(), "\"el peje\"").out());

    assertThat(json.get("total").asInt()).isEqualTo(5);
    assertThat(CliRun.of("search", "--index", index, "\"el peje\"").exitCode()).isEqualTo(ExitCode.NO_HITS);
  }

  @Test
  void exitsOneWhenNothingMatches() {
    CliRun run = CliRun.of("search", "--index", index, "xylophone");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_HITS);
    assertThat(run.out()).contains("No hits");
  }

  @Test
  void missingIndexIsOneErrorLineWithAHint() {
    String missing = dir.resolve("nowhere").toString();

    CliRun run = CliRun.of("search", "--index", missing, "harris");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("tilde: no index at " + missing + " — run 'tilde index PATH' first" + System.lineSeparator());
  }

  @Test
  void usageErrorIsOneLineAndExitsTwo() {
    CliRun run = CliRun.of("search", "--index", index, "--bogus", "harris");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).singleElement().asString().startsWith("tilde: Unknown option: '--bogus'");
  }

  @Test
  void missingInputToIndexIsOneErrorLine() {
    CliRun run = CliRun.of("index", "--index", dir.resolve("other").toString(), dir.resolve("absent").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).singleElement().asString().startsWith("tilde: no such file or directory: ");
  }
}

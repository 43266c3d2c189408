package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.DatedSeedIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tilde search} on the seeds with dates and languages (see {@link DatedSeedIndex}). */
class SearchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static String index;

  @BeforeAll
  static void buildDatedSeeds() throws IOException {
    index = DatedSeedIndex.build(dir.resolve("index")).toString();
  }

  private static CliRun search(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--index", index));
    all.addAll(List.of(args));
    return CliRun.of(all.toArray(String[]::new));
  }

  private static JsonNode json(CliRun run) throws IOException {
    return JSON.readTree(run.out());
  }

  private static List<String> ids(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @Test
  void terminalOutputShowsRankTitleScoreDateLanguagePathAndPassages() {
    CliRun run = search("--color", "never", "-n", "1", "--snippets", "1", "--sort", "date", "harris");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("5 hits for \"harris\" \\(\\d+ ms\\); showing 1\\.");
    assertThat(lines.get(1)).isEmpty();
    assertThat(lines.get(2)).startsWith(" 1. ").contains("  score ");
    assertThat(lines.get(3)).startsWith("    2024-02-01 · en · ").endsWith("000_355b59ce4fb1aa64.txt");
    assertThat(lines.get(4)).startsWith("    ").contains("**Harris**");
    assertThat(lines).hasSize(5);
    assertThat(run.out()).doesNotContain("\u001b[");
  }

  @Test
  void whyPrintsOneLineOfHowEachTypedWordMatched() {
    CliRun run = search("--color", "never", "-n", "5", "--snippets", "0", "--why", "Lopez Obrador");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    List<String> why = run.out().lines().filter(line -> line.startsWith("    why: ")).toList();
    assertThat(why).hasSize(5);
    assertThat(why).anySatisfy(line -> assertThat(line).startsWith("    why: Lopez folded (López) · Obrador exact"));
    assertThat(why).anySatisfy(line -> assertThat(line).contains("Lopez Obrador alias (AMLO)"));
    assertThat(search("--color", "never", "Lopez Obrador").out()).doesNotContain("why: ");
  }

  @Test
  void jsonSaysHowEachTypedWordMatchedEachHit() throws IOException {
    JsonNode hits = json(search("--json", "-n", "5", "Obrdaor")).get("hits");

    assertThat(hits).hasSize(5).allSatisfy(hit -> {
      JsonNode match = hit.get("matches").get(0);
      assertThat(match.get("word").asText()).isEqualTo("Obrdaor");
      assertThat(match.get("kind").asText()).isEqualTo("typo");
      assertThat(match.get("as_written").asText()).isEqualTo("Obrador");
    });
    JsonNode line = JSON.readTree(search("--jsonl", "-n", "1", "AMLO").out().lines().findFirst().orElseThrow());
    assertThat(line.get("matches").get(0).get("kind").asText()).isIn("alias", "exact");
  }

  @Test
  void colourIsOffWhenPipedAndOnWhenAskedFor() {
    assertThat(search("Giammattei").out()).doesNotContain("\u001b[").contains("**Giammattei**");
    assertThat(search("--color", "auto", "Giammattei").out()).doesNotContain("\u001b[");
    assertThat(search("--color", "always", "Giammattei").out())
        .contains("\u001b[1;33mGiammattei\u001b[0m")
        .doesNotContain("**Giammattei**");
  }

  @Test
  void jsonCarriesTookMsSuggestionAndPerHitDateAndLanguage() throws IOException {
    JsonNode results = json(search("--json", "--sort", "date", "harris"));

    assertThat(results.get("took_ms").isIntegralNumber()).isTrue();
    assertThat(results.get("took_ms").asLong()).isNotNegative();
    assertThat(results.get("suggestion").isNull()).isTrue();
    JsonNode first = results.get("hits").get(0);
    assertThat(first.get("date").asText()).isEqualTo("2024-02-01");
    assertThat(first.get("lang").asText()).isEqualTo("en");
    JsonNode undated = results.get("hits").get(4);
    assertThat(undated.get("id").asText()).isEqualTo("004_90803ba7146971af.txt");
    assertThat(undated.get("date").isNull()).isTrue();
  }

  @Test
  void jsonLinesPrintsOneHitObjectPerLine() throws IOException {
    CliRun run = search("--jsonl", "-n", "3", "--snippets", "1", "lopez obrador");
    JsonNode whole = json(search("--json", "-n", "3", "--snippets", "1", "lopez obrador"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    for (int i = 0; i < 3; i++) {
      JsonNode hit = JSON.readTree(lines.get(i));
      assertThat(hit.fieldNames()).toIterable()
          .containsExactly("id", "path", "title", "score", "snippets", "date", "lang", "source", "extra", "matches");
      assertThat(hit.get("id")).isEqualTo(whole.get("hits").get(i).get("id"));
    }
  }

  @Test
  void jsonLinesPrintsNothingWhenNothingMatchesAndTheSuggestionGoesToStderr() {
    // Quoted, the misspelt word gets no typo tolerance, so nothing matches.
    CliRun run = search("--jsonl", "\"migrasion\"");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_HITS);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("tilde: did you mean \"\"migration\"\"?" + System.lineSeparator());
  }

  @Test
  void offsetAndLimitPageThroughTheHits() throws IOException {
    List<String> all = ids(json(search("--json", "harris")));
    List<String> paged = new ArrayList<>();
    paged.addAll(ids(json(search("--json", "-n", "2", "harris"))));
    paged.addAll(ids(json(search("--json", "-n", "2", "--offset", "2", "harris"))));
    paged.addAll(ids(json(search("--json", "-n", "2", "--offset", "4", "harris"))));

    assertThat(paged).isEqualTo(all).hasSize(5);
  }

  @Test
  void terminalRanksContinueAcrossPages() {
    CliRun run = search("-n", "2", "--offset", "2", "harris");

    assertThat(run.out()).contains("showing 3–4.").contains("\n 3. ").contains("\n 4. ").doesNotContain(" 1. ");
  }

  @Test
  void aPagePastTheLastHitExitsOne() {
    CliRun run = search("--offset", "10", "harris");

    assertThat(run.exitCode()).isEqualTo(ExitCode.NO_HITS);
    assertThat(run.out()).contains("5 hits for \"harris\"").contains("none from 11 on.");
  }

  @Test
  void filtersByLanguageAndDate() throws IOException {
    assertThat(ids(json(search("--json", "--lang", "es", "harris")))).containsExactly("003_996f0d832b119001.txt");
    assertThat(ids(json(search("--json", "--since", "2021-06-08", "--until", "2021-06-09", "--sort", "date",
        "harris")))).containsExactly("001_3243c8592de719a6.txt", "002_93535a9ed92f4643.txt");
  }

  @Test
  void fieldScopesTheQuery() throws IOException {
    // Seed 001's title is "Categories: US News"; its body names Kamala Harris.
    assertThat(ids(json(search("--json", "--field", "title", "kamala")))).containsExactlyInAnyOrder(
        "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt", "004_90803ba7146971af.txt");
    assertThat(json(search("--json", "--field", "body", "kamala")).get("total").asInt()).isEqualTo(5);
    assertThat(json(search("--json", "--field", "title", "--field", "body", "kamala")).get("total").asInt())
        .isEqualTo(5);
  }

  @Test
  void snippetsOptionSetsPassagesPerHit() throws IOException {
    JsonNode none = json(search("--json", "--snippets", "0", "harris"));
    JsonNode three = json(search("--json", "--snippets", "3", "harris"));

    none.get("hits").forEach(hit -> assertThat(hit.get("snippets")).isEmpty());
    assertThat(three.get("hits").get(0).get("snippets")).hasSize(3);
  }

  @Test
  void didYouMeanInTerminalAndJson() throws IOException {
    CliRun terminal = search("migrasion");
    JsonNode json = json(search("--json", "migrasion"));

    // Typo tolerance finds the articles anyway; the suggestion says which word they matched.
    assertThat(terminal.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(terminal.out()).contains("hits for \"migrasion\"").contains("Did you mean \"migration\"?");
    assertThat(json.get("suggestion").asText()).isEqualTo("migration");
    assertThat(json.get("total").asInt()).isEqualTo(5);
  }

  @Test
  void searchesRunUnderATimeLimitThatCanBeChangedOrLifted() throws IOException {
    assertThat(json(search("--json", "harris")).get("timed_out").asBoolean()).isFalse();
    assertThat(json(search("--json", "--timeout", "0", "harris")).get("total").asInt()).isEqualTo(5);
    CliRun negative = search("--timeout", "-1", "harris");
    assertThat(negative.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(negative.err()).contains("--timeout must be 0 or more milliseconds, got -1");
  }

  @Test
  void badOptionValuesAreOneLineUsageErrors() {
    assertUsageError(search("--since", "6/8/2021", "harris"),
        "tilde: Invalid value for option '--since': '6/8/2021' is not a date like 2021-06-01 (see 'tilde search --help')");
    assertUsageError(search("--sort", "newest", "harris"),
        "tilde: --sort must be relevance or date, got 'newest' (see 'tilde search --help')");
    assertUsageError(search("--color", "sometimes", "harris"),
        "tilde: --color must be auto, always or never, got 'sometimes' (see 'tilde search --help')");
    assertUsageError(search("--json", "--jsonl", "harris"),
        "tilde: --json and --jsonl cannot be used together (see 'tilde search --help')");
    assertUsageError(search("--field", "path", "harris"), "tilde: cannot search field 'path': use title or body");
    assertUsageError(search("-n", "0", "harris"), "tilde: limit must be at least 1, got 0");
    assertUsageError(search("--since", "2021-06-09", "--until", "2021-06-01", "harris"),
        "tilde: since (2021-06-09) is after until (2021-06-01)");
    assertUsageError(search("--offset", "-1", "harris"), "tilde: offset must not be negative, got -1");
  }

  private static void assertUsageError(CliRun run, String line) {
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(line + System.lineSeparator());
  }

  @Test
  void operatorsAloneAreSearchedAsPlainWords() throws IOException {
    for (String operators : List.of("AND AND", "OR", "NOT")) {
      CliRun run = search("--json", operators);
      assertThat(run.err()).as(operators).isEmpty();
      assertThat(json(run).get("parsed_as").asText()).as(operators).isEqualTo("keywords");
    }
    assertThat(search("AND", "AND").exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aQueryOrWordTooLongIsAOneLineInputError() {
    CliRun pasted = search("a".repeat(20_000));
    assertThat(pasted.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(pasted.err()).isEqualTo("tilde: query too long: 20000 characters (at most 4096)\n");

    CliRun word = search("lopez", "a".repeat(300));
    assertThat(word.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(word.err()).isEqualTo("tilde: query word too long: 300 characters (at most 255)\n");
  }
}

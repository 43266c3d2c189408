package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Escape sequences, bidirectional overrides and line breaks in file names, NDJSON fields, queries and documents never
 * reach stderr or stdout raw, and every message is one line of bounded length.
 */
class HostileTextOnTheTerminalTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");
  /** What a terminal acts on: C0 but tab and line feed, DEL, C1, bidirectional overrides and isolates. */
  private static final Pattern ACTIVE = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");
  private static final String TITLE = "\u001b]0;PWNED\u0007";
  private static final String LINK = "\u001b]8;;file:evil\u001b\\click\u001b]8;;\u001b\\";
  private static final String CLEAR = "\u001b[2J";
  /** Longer than any message needs: an echo of 100 KB of input must not get near it. */
  private static final int LONGEST_LINE = 400;

  @TempDir Path dir;

  private String index() {
    return dir.resolve("index").toString();
  }

  private static void assertInert(String printed) {
    assertThat(ACTIVE.matcher(printed).find()).as("control character in %s", printed.replace('\u001b', '^'))
        .isFalse();
  }

  /** Every line a message: "tilde: …", inert, no longer than {@link #LONGEST_LINE}. */
  private static void assertMessages(String err) {
    assertInert(err);
    assertThat(err.lines()).allSatisfy(line -> {
      assertThat(line).startsWith("tilde: ");
      assertThat(line.length()).isLessThanOrEqualTo(LONGEST_LINE);
    });
  }

  @Test
  void indexWarningsShowHostileFileAndDirectoryNamesInertOnOneLineEach() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(Path.of(SEEDS, "002_93535a9ed92f4643.txt"), in.resolve("article.txt"));
    Path cleared = Files.createDirectories(in.resolve(CLEAR + "dir"));
    Files.write(cleared.resolve(TITLE + ".txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(in.resolve(LINK + ".md"), "\n");
    Files.writeString(in.resolve("two\nlines.txt"), "");
    Files.createSymbolicLink(in.resolve("link" + TITLE + ".txt"), in.resolve("article.txt"));

    CliRun run = CliRun.of("index", "--index", index(), in.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.PARTIAL);
    assertMessages(run.err());
    assertThat(run.err()).contains("\uFFFD[2Jdir/\uFFFD]0;PWNED\uFFFD.txt: skipped: binary file, not text",
        "click\uFFFD]8;;\uFFFD\\.md: skipped: empty file", "two lines.txt: skipped: empty file",
        "link\uFFFD]0;PWNED\uFFFD.txt: skipped symbolic link");
    assertThat(run.err().lines()).hasSize(5); // four warnings and the summary
  }

  @Test
  void ndjsonDatesAndIdsHoldingEscapesAreWarnedAboutInert() throws Exception {
    String feed = "{\"id\":\"a\",\"body\":\"Harris in Mexico\",\"date\":\"\\u001b]0;PWNED\\u0007\\n2021\"}\n"
        + "{\"id\":\"\\u001b[2J" + "x".repeat(40_000) + "\",\"body\":\"Harris in Guatemala\"}\n"
        + "{\"id\":\"\\u001b]0;dup\\u0007\",\"body\":\"one\"}\n{\"id\":\"\\u001b]0;dup\\u0007\",\"body\":\"two\"}\n";
    Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), feed);

    CliRun run = CliRun.of("index", "--index", index(), jsonl.toString());

    assertMessages(run.err());
    assertThat(run.err()).contains("cannot read \"date\" value \"\uFFFD]0;PWNED\uFFFD 2021\" as a date");
  }

  @Test
  void standardInputWarningsAreInertToo() throws Exception {
    InputStream stdin = System.in;
    CliRun run;
    try {
      System.setIn(new ByteArrayInputStream(("{\"id\":\"a\",\"body\":\"Harris\",\"lang\":\"x\",\"date\":\""
          + "\\u009b2J\\u202e\"}\n").getBytes(StandardCharsets.UTF_8)));
      run = CliRun.of("index", "--index", index(), "-");
    } finally {
      System.setIn(stdin);
    }

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertMessages(run.err());
    assertThat(run.err()).contains("value \"\uFFFD2J\uFFFD\" as a date");
  }

  @Test
  void anUnreadableQueryIsEchoedOnOneLineInertAndCapped() throws Exception {
    CliRun.of("index", "--index", index(), SEEDS);

    for (String query : List.of("AND " + TITLE + "\nAND", "AND " + "中".repeat(34_000) + " AND")) {
      CliRun run = CliRun.of("search", "--index", index(), query);

      assertMessages(run.err());
      assertInert(run.out());
      assertThat(run.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(LONGEST_LINE));
    }
  }

  @Test
  void usageErrorsEchoWhatWasTypedOnOneLineInertAndCapped() {
    String typed = TITLE + "\nnext line " + "中".repeat(34_000);
    List<CliRun> runs = List.of(
        CliRun.of("search", "--index", index(), "--sort", typed, "harris"),
        CliRun.of("search", "--index", index(), "--limit", typed, "harris"),
        CliRun.of("search", "--index", dir.resolve(typed).toString(), "harris"),
        CliRun.of("index", "--index", index(), dir.resolve(LINK).toString()),
        CliRun.of("analyze", "--field", typed, "harris"));

    for (CliRun run : runs) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
      assertMessages(run.err());
      assertThat(run.err().lines()).hasSize(1);
    }
    assertThat(runs.get(0).err()).contains("got '\uFFFD]0;PWNED\uFFFD next line 中").contains("…");
  }

  @Test
  void jsonOutputEscapesBidiAndC1CharactersAndStillRoundTrips() throws Exception {
    String title = "Obrador \u202Egnp.exe \u2066isolated\u2069 \u009b31m";
    String body = "L\u00f3pez Obrador habl\u00f3 \u0085 de migraci\u00f3n \u007f y \u202E de comercio.";
    Path jsonl = Files.writeString(dir.resolve("hostile.jsonl"), new ObjectMapper().createObjectNode()
        .put("id", "h\u202E1").put("title", title).put("body", body).toString() + "\n");
    assertThat(CliRun.of("index", "--index", index(), jsonl.toString()).exitCode()).isEqualTo(ExitCode.OK);

    CliRun json = CliRun.of("search", "--index", index(), "--json", "obrador");
    CliRun lines = CliRun.of("search", "--index", index(), "--jsonl", "obrador");

    for (CliRun run : List.of(json, lines)) {
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertInert(run.out());
      assertThat(run.out()).contains("\\u202E", "\\u2066", "\\u2069", "\\u009B", "\\u0085", "\\u007F");
    }
    JsonNode hit = new ObjectMapper().readTree(json.out()).get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("h\u202E1");
    assertThat(hit.get("title").asText()).isEqualTo(title);
    assertThat(hit.get("snippets").get(0).asText()).contains("\u0085", "\u007f", "\u202E");
    assertThat(new ObjectMapper().readTree(lines.out()).get("title").asText()).isEqualTo(title);
  }

  @Test
  void whyShowsTheDocumentsWordsInert() throws Exception {
    Path jsonl = Files.writeString(dir.resolve("hostile.jsonl"), new ObjectMapper().createObjectNode()
        .put("id", "h1").put("title", "Migration")
        .put("body", "Andr\u00e9s\u001b Manuel\u009b L\u00f3pez\u0007 Obrador spoke.").toString() + "\n");
    assertThat(CliRun.of("index", "--index", index(), jsonl.toString()).exitCode()).isEqualTo(ExitCode.OK);

    CliRun run = CliRun.of("search", "--index", index(), "--why", "--color", "never", "AMLO");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertInert(run.out());
    assertThat(run.out()).contains("why: AMLO alias (Andrés");
  }

  @Test
  void infoShowsHostileIndexAndInputPathsInert() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in" + LINK + "\u007f"));
    Files.copy(Path.of(SEEDS, "002_93535a9ed92f4643.txt"), in.resolve("article.txt"));
    String index = dir.resolve("index" + TITLE + "\u007f").toString();
    assertThat(CliRun.of("index", "--index", index, in.toString()).exitCode()).isEqualTo(ExitCode.OK);

    CliRun text = CliRun.of("info", "--index", index);
    CliRun json = CliRun.of("info", "--index", index, "--json");

    assertInert(text.out());
    assertThat(text.out()).contains("index\uFFFD]0;PWNED\uFFFD\uFFFD", "in\uFFFD]8;;file:evil\uFFFD\\click");
    assertInert(json.out());
    JsonNode info = new ObjectMapper().readTree(json.out());
    assertThat(info.get("index").asText()).endsWith("index" + TITLE + "\u007f");
    assertThat(info.get("inputs").get(0).asText()).endsWith("in" + LINK + "\u007f");
  }
}

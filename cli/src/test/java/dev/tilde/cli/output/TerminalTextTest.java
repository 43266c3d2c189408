package dev.tilde.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerminalTextTest {
  private static final String HOSTILE = "Obrador\u001b]0;pwned\u0007 \u001b[2J\u009b31m\u202Egnp.exe\u0000end";

  @Test
  void replacesEveryControlCharacterOneForOne() {
    String safe = TerminalText.safe(HOSTILE);

    assertThat(safe).hasSameSizeAs(HOSTILE).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E", "\u0000");
    assertThat(safe).startsWith("Obrador\uFFFD]0;pwned\uFFFD ").endsWith("\uFFFDend");
    assertThat(TerminalText.safe("plain López\ttext")).isEqualTo("plain López\ttext");
    assertThat(TerminalText.safe("two\nlines")).isEqualTo("two lines");
    assertThat(TerminalText.safe("\u2066isolate\u2069 \u0085\u007f\u2028")).isEqualTo("\uFFFDisolate\uFFFD \uFFFD\uFFFD ");
  }

  @Test
  void echoKeepsTheFirstEightyCharactersWithoutSplittingAPair() {
    String cjk = "中".repeat(34_000);
    String emoji = "\uD83D\uDE00".repeat(100);

    assertThat(TerminalText.echo(cjk)).isEqualTo("中".repeat(80) + "…");
    assertThat(TerminalText.echo(emoji)).isEqualTo("\uD83D\uDE00".repeat(80) + "…");
    assertThat(TerminalText.echo("AND \u001b]0;x\u0007\nAND")).isEqualTo("AND \uFFFD]0;x\uFFFD AND");
  }

  @Test
  void quotingShortensWhatWasTypedWhereverAMessageHoldsIt() {
    String query = "AND " + "中".repeat(34_000) + " AND";
    String word = "中".repeat(34_000);

    String message = TerminalText.quoting("cannot read query: " + query, List.of("AND", word, query));

    assertThat(message).isEqualTo("cannot read query: AND " + "中".repeat(76) + "…");
    assertThat(TerminalText.quoting("no such file: short", List.of("short"))).isEqualTo("no such file: short");
  }

  @Test
  void searchOutputNeverPassesDocumentEscapesThrough() {
    Snippet snippet = new Snippet(HOSTILE, List.of(new Snippet.Span(0, 7)));
    Hit hit = new Hit("id\u001b[1m", "/tmp/\u001b[31mevil.txt", "Title \u001b]8;;http://x\u001b\\link", null, "en", 1f,
        List.of(snippet));
    SearchResults results = new SearchResults("obrador", "syntax", 1, 0, List.of(hit), null, 3, false);

    for (boolean color : new boolean[] {false, true}) {
      StringWriter out = new StringWriter();
      new TerminalResultsWriter(color).write(results, new PrintWriter(out, true));
      String printed = out.toString().replace("\u001b[1m", "").replace("\u001b[1;33m", "").replace("\u001b[2m", "")
          .replace("\u001b[0m", ""); // the writer's own styles
      assertThat(printed).doesNotContain("\u001b", "\u0007", "\u009b", "\u202E", "\u0000").contains("Obrador");
    }
  }

  @Test
  void jsonOutputStaysValidJsonWhateverTheText() throws Exception {
    Snippet snippet = new Snippet(HOSTILE + "\"}\\", List.of(new Snippet.Span(0, 7)));
    Hit hit = new Hit("a\"b", "p\u0000", "t\u2028\u2029", null, null, 1f, List.of(snippet));
    SearchResults results = new SearchResults("q\"", "syntax", 1, 0, List.of(hit), null, 3, false);
    StringWriter out = new StringWriter();

    JsonResultsWriter.write(results, out);

    var json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("hits").get(0).get("snippets").get(0).asText()).startsWith("<mark>Obrador</mark>\u001b");
    assertThat(out.toString()).doesNotContain("\u001b").doesNotContain("\u0000");
  }
}

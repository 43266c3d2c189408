package dev.tilde.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.IndexProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MessageWriterTest {
  private final StringWriter printed = new StringWriter();
  private final MessageWriter err = MessageWriter.of(new PrintWriter(printed, true));

  @Test
  void eachPrintlnIsOneInertLineWhateverItQuotes() {
    err.println("tilde: feed.jsonl:1: cannot read \"date\" value \"\u001b]0;PWNED\u0007\r\n2021\u009b2J\u202e\"");
    err.printf("tilde: %s: %d%n", "a\u001b[2Jb", 3);
    err.println();

    assertThat(printed.toString()).isEqualTo("tilde: feed.jsonl:1: cannot read \"date\" value "
        + "\"\uFFFD]0;PWNED\uFFFD  2021\uFFFD2J\uFFFD\"\ntilde: a\uFFFD[2Jb: 3 \n");
  }

  @Test
  void anOverLongLineKeepsItsStartAndItsReasonAndHoldsNoMoreThanThat() {
    String id = "\uD83D\uDE00".repeat(500_000); // 1 MB of surrogate pairs: no cut may split one
    err.print("tilde: feed.jsonl (id ");
    err.print(id);
    err.println("): refused by Lucene: immense term");

    String line = printed.toString();
    assertThat(line).startsWith("tilde: feed.jsonl (id \uD83D\uDE00").endsWith("\uD83D\uDE00): refused by Lucene:"
        + " immense term\n").contains("…");
    assertThat(line.length()).isLessThanOrEqualTo(MessageWriter.HEAD + MessageWriter.TAIL + 2);
    assertThat(line.replace("\uD83D\uDE00", "").chars().filter(c -> Character.isSurrogate((char) c)).count()).isZero();
  }

  @Test
  void aLineJustUnderTheLimitIsKeptWhole() {
    String message = "x".repeat(MessageWriter.HEAD + MessageWriter.TAIL);

    err.println(message);

    assertThat(printed.toString()).isEqualTo(message + "\n");
  }

  @Test
  void progressLinesAreTheOnlyEscapeSequencesAndWarningsClearThem() {
    ProgressReporter reporter = new ProgressReporter(err, true);

    reporter.progress(new IndexProgress(10, 1_000_000, 2_000_000, 1.0));
    reporter.warning("/in/\u001b]8;;file:evil\u001b\\x.txt: skipped: empty file");
    reporter.clear();

    String shown = printed.toString();
    assertThat(shown).startsWith("\r\u001b[K[############............]  50% 10 docs")
        .endsWith("\r\u001b[Ktilde: /in/\uFFFD]8;;file:evil\uFFFD\\x.txt: skipped: empty file\n");
    assertThat(shown.replace("\r\u001b[K", "")).doesNotContain("\u001b", "\r");
  }
}

package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineReaderTest {
  private static List<String> lines(String text, int cap) throws IOException {
    LineReader reader = new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), cap);
    List<String> lines = new ArrayList<>();
    for (LineReader.Line line = reader.next(); line != null; line = reader.next()) {
      String content = new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8);
      lines.add(line.number() + ":" + content + (line.tooLong() ? " (" + line.fullLength() + " bytes)" : ""));
    }
    return lines;
  }

  @Test
  void splitsOnNewlinesAndCrLfKeepingALastLineWithoutNewline() throws IOException {
    assertThat(lines("one\r\ntwo\n\nthree", 100)).containsExactly("1:one", "2:two", "3:", "4:three");
  }

  @Test
  void holdsNoMoreThanTheCapOfALongLineAndGoesOnWithTheNext() throws IOException {
    assertThat(lines("short\n" + "x".repeat(200_000) + "\nafter\n", 10))
        .containsExactly("1:short", "2:xxxxxxxxxx (200000 bytes)", "3:after");
  }
}

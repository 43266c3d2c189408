package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFileReaderTest {
  @Test
  void titleIsTheFirstNonBlankLineTrimmed() {
    assertThat(TextFileReader.title("\n  \n  Harris Talked Migration  \nbody")).isEqualTo("Harris Talked Migration");
  }

  @Test
  void titleOfTextWithoutLinesIsTheWholeLine() {
    assertThat(TextFileReader.title("one line only")).isEqualTo("one line only");
  }
}

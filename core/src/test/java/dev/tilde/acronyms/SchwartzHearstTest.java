package dev.tilde.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The letter-by-letter match of a short form against the words before it, on phrases of Europarl. */
class SchwartzHearstTest {
  @Test
  void takesEachLetterAtTheStartOfAWordWhereItCan() {
    String words = "negotiations on the doha development agenda";
    int[] matches = SchwartzHearst.match("dda", words);
    assertThat(matches).containsExactly(words.indexOf("doha"), words.indexOf("development"), words.indexOf("agenda"));
  }

  @Test
  void takesALetterInsideAWordWhereNoWordStartsWithIt() {
    String words = "a conferencia intergovernamental";
    int[] matches = SchwartzHearst.match("cig", words);
    assertThat(matches).containsExactly(words.indexOf("conferencia"), words.indexOf("intergovernamental"),
        words.indexOf("g"));
  }

  @Test
  void needsTheFirstLetterAtTheStartOfAWord() {
    assertThat(SchwartzHearst.match("kla", "the kosovo liberation army")).isNotNull();
    assertThat(SchwartzHearst.match("ola", "the kosovo liberation army")).isNull(); // no word starts with o
    assertThat(SchwartzHearst.match("klx", "the kosovo liberation army")).isNull();
  }

  @Test
  void ofEqualMatchesTakesTheShortestLongForm() {
    String words = "eu and the european union";
    assertThat(SchwartzHearst.match("eu", words)[0]).isEqualTo(words.indexOf("european"));
  }
}

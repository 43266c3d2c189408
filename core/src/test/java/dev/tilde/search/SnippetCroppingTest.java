package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class SnippetCroppingTest {
  /** The first sentence of seed 004, 271 characters. */
  private static final String LONG_SENTENCE = "Vice President Kamala Harris visited with Mexico’s President Andrés"
      + " Manuel López Obrador on Tuesday, kicking off a series of meetings in Mexico City to close out her trip to"
      + " Central America, as she continues to work on the root causes of migration toward the U.S.";

  private static Snippet marking(String text, String... words) {
    return new Snippet(text, java.util.Arrays.stream(words)
        .map(w -> new Snippet.Span(text.indexOf(w), text.indexOf(w) + w.length())).toList());
  }

  @Test
  void leavesAShortPassageAsItIs() {
    Snippet snippet = marking("Harris met López Obrador.", "López Obrador");

    assertThat(SnippetFormatter.cropped(snippet, 240)).isSameAs(snippet);
  }

  @Test
  void cropsALongPassageAroundAMatchInTheMiddleAtWordBoundaries() {
    Snippet cropped = SnippetFormatter.cropped(marking(LONG_SENTENCE, "Mexico City"), 100);

    assertThat(cropped.text()).startsWith("… ").endsWith(" …").hasSizeLessThanOrEqualTo(104);
    assertThat(cropped.marked("[", "]")).contains("[Mexico City]");
    String inner = cropped.text().substring(2, cropped.text().length() - 2);
    assertThat(LONG_SENTENCE).contains(inner);
    assertThat(LONG_SENTENCE.charAt(LONG_SENTENCE.indexOf(inner) - 1)).isEqualTo(' ');
    assertThat(LONG_SENTENCE.charAt(LONG_SENTENCE.indexOf(inner) + inner.length())).isEqualTo(' ');
  }

  @Test
  void keepsTheEndWhenTheMatchIsNearIt() {
    Snippet cropped = SnippetFormatter.cropped(marking(LONG_SENTENCE, "migration"), 100);

    assertThat(cropped.text()).startsWith("… ").endsWith("migration toward the U.S.");
    assertThat(cropped.marked("[", "]")).contains("[migration]");
  }

  @Test
  void keepsTheStartWhenTheMatchIsNearIt() {
    Snippet cropped = SnippetFormatter.cropped(marking(LONG_SENTENCE, "Kamala Harris"), 100);

    assertThat(cropped.text()).startsWith("Vice President Kamala Harris").endsWith(" …");
    assertThat(cropped.marked("[", "]")).contains("[Kamala Harris]");
  }

  @Test
  void keepsTheWindowWithTheMostMatches() {
    Snippet cropped =
        SnippetFormatter.cropped(marking(LONG_SENTENCE, "Kamala", "Mexico City", "Central America"), 90);

    assertThat(cropped.matches()).hasSize(2);
    assertThat(cropped.marked("[", "]")).contains("[Mexico City]").contains("[Central America]");
  }

  @Test
  void cropsAPassageWithoutMatchesFromItsStart() {
    Snippet cropped = SnippetFormatter.cropped(new Snippet(LONG_SENTENCE, List.of()), 60);

    assertThat(cropped.text()).startsWith("Vice President").endsWith(" …").hasSizeLessThanOrEqualTo(62);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void cropsAMegabytePassageWithAMatchOnEveryWordInLinearTime() {
    String word = "Obrador ";
    int words = (1 << 20) / word.length();
    List<Snippet.Span> spans = IntStream.range(0, words)
        .mapToObj(i -> new Snippet.Span(i * word.length(), i * word.length() + word.length() - 1)).toList();

    Snippet cropped = SnippetFormatter.cropped(new Snippet(word.repeat(words), spans), 240);

    assertThat(cropped.text()).startsWith("Obrador Obrador").endsWith("Obrador …").hasSizeLessThanOrEqualTo(244);
    assertThat(cropped.matches()).hasSize(30);
  }
}

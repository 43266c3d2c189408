package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTest {
  @Test
  void wrapsEachMatchInTheGivenMarkers() {
    Snippet snippet = new Snippet("met López Obrador in Mexico", List.of(new Snippet.Span(4, 17), new Snippet.Span(21, 27)));

    assertThat(snippet.marked("<mark>", "</mark>")).isEqualTo("met <mark>López Obrador</mark> in <mark>Mexico</mark>");
  }

  @Test
  void leavesTextWithoutMatchesUntouched() {
    assertThat(new Snippet("no match here", List.of()).marked("[", "]")).isEqualTo("no match here");
  }

  @Test
  void readsAPassageMarkedElsewhereFoldingSpaceAndJoiningAdjacentMarks() {
    Snippet snippet = Snippet.fromMarked("  President [Andrés]  [Manuel]\n[López] met [Harris]. ", "[", "]");

    assertThat(snippet.text()).isEqualTo("President Andrés Manuel López met Harris.");
    assertThat(snippet.marked("<mark>", "</mark>"))
        .isEqualTo("President <mark>Andrés Manuel López</mark> met <mark>Harris</mark>.");
  }
}

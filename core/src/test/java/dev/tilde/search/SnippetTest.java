package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
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
  void formatsAPassageFoldingSpaceAndJoiningAdjacentMatches() {
    String content = "  President Andrés  Manuel\nLópez met Harris. ";
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(content.length());
    for (String word : List.of("Andrés", "Manuel", "López", "Harris")) {
      passage.addMatch(content.indexOf(word), content.indexOf(word) + word.length(), null, 1);
    }

    Snippet snippet = new SnippetFormatter().format(new Passage[] {passage}, content)[0];

    assertThat(snippet.text()).isEqualTo("President Andrés Manuel López met Harris.");
    assertThat(snippet.marked("<mark>", "</mark>"))
        .isEqualTo("President <mark>Andrés Manuel López</mark> met <mark>Harris</mark>.");
  }
}

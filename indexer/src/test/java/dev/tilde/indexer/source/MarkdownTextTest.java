package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.article.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {
  @Test
  void readsFrontMatterAndRemovesMarkup() {
    Article article = MarkdownText.extract("""
        ---
        title: "Harris meets AMLO"
        date: 2021-06-08
        source: Spectrum News
        tags: [politics]
        ---
        # Harris meets López Obrador

        Vice President **Kamala Harris** met [López Obrador](https://example.org/amlo) in _Mexico City_.

        > "Do not come," she said.

        - border security
        - `snake_case_name` stays
        ```
        code fence
        ```
        """);

    assertThat(article.title()).isEqualTo("Harris meets AMLO");
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 6, 8));
    assertThat(article.source()).isEqualTo("Spectrum News");
    assertThat(article.body()).isEqualTo("""
        Harris meets López Obrador

        Vice President Kamala Harris met López Obrador in Mexico City.

        "Do not come," she said.

        border security
        snake_case_name stays
        code fence""");
  }

  @Test
  void withoutFrontMatterTheFirstHeadingIsTheTitle() {
    Article article = MarkdownText.extract("Harris in Mexico\n================\n\nShe met *López Obrador*.\n");

    assertThat(article.title()).isEqualTo("Harris in Mexico");
    assertThat(article.body()).isEqualTo("She met López Obrador.");
  }
}

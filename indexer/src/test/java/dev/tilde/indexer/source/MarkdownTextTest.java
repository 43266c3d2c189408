package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.article.Article;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  // Both shapes took about a minute at 3 KB and 59 KB before the patterns were made linear; 1 MB must be quick.
  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readsAHeadingWithAMegabyteOfBlanksInLinearTime() {
    Article article = MarkdownText.extract("# a" + " ".repeat(1 << 20) + "b\n\nSome text.");

    assertThat(article.title()).startsWith("a").endsWith("b");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readsAMegabyteOfUnclosedEmphasisInLinearTime() {
    Article article = MarkdownText.extract("# Title\n\n" + "*x ".repeat(350_000));

    assertThat(article.body()).contains("*x *x");
  }

  @Test
  void closingHashesAndNestedEmphasisAreStillRemoved() {
    Article article = MarkdownText.extract("## López Obrador ##\n\nMet **_Harris_** and *Zúñiga*.");

    assertThat(article.title()).isEqualTo("López Obrador");
    assertThat(article.body()).contains("Met Harris and Zúñiga.");
  }
}

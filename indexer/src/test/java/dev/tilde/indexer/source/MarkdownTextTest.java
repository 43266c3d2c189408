package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.article.Article;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

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

  // Each shape took minutes at 100 KB (quadratic backtracking) or overflowed the stack ("> " repeated) before the
  // patterns were made linear and possessive; a megabyte of each must be quick.
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void readsAMegabyteOfUnclosedLinksImagesQuotesAndFrontMatterInLinearTime() {
    int megabyte = 1 << 20;
    assertThat(start(MarkdownText.extract("Links\n\n" + "[".repeat(megabyte)).body())).contains("[[[[");
    assertThat(start(MarkdownText.extract("Images\n\n" + "![".repeat(megabyte / 2)).body())).contains("![![");
    assertThat(start(MarkdownText.extract("Targets\n\n" + "[a](".repeat(megabyte / 4)).body())).contains("[a]([a](");
    assertThat(MarkdownText.extract("Quotes\n\n" + "> ".repeat(megabyte / 2) + "Harris").body()).endsWith("\n\nHarris");
    assertThat(start(MarkdownText.extract("---" + "\n\t".repeat(megabyte / 2) + "x").body())).isNotEmpty();
    assertThat(start(MarkdownText.extract("---\ntitle: a" + " ".repeat(megabyte) + "b\n---\nText.").title()))
        .isEqualTo("a" + " ".repeat(39));
  }

  /** The first 40 characters: enough to check, short enough for a failure message. */
  private static String start(String text) {
    return text.substring(0, Math.min(text.length(), 40));
  }

  @Test
  void linkTargetsWithParenthesesQuotesAndPaddedFieldsAreStillRead() {
    Article article = MarkdownText.extract("---\ntitle:   Harris in Mexico  \n---\n"
        + ">> - Met [López Obrador](https://en.wikipedia.org/wiki/AMLO_(politician)) and ![Harris](h.png).\n");

    assertThat(article.title()).isEqualTo("Harris in Mexico");
    assertThat(article.body()).isEqualTo("Met López Obrador and Harris.");
  }

  @Test
  void closingHashesAndNestedEmphasisAreStillRemoved() {
    Article article = MarkdownText.extract("## López Obrador ##\n\nMet **_Harris_** and *Zúñiga*.");

    assertThat(article.title()).isEqualTo("López Obrador");
    assertThat(article.body()).contains("Met Harris and Zúñiga.");
  }
}

package dev.tilde.indexer.article;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a page of news text yields once its chrome is set aside: a title, the article text, and the date and
 * source when the page states them.
 *
 * @param title the headline, never blank unless the text is
 * @param body the article text without the title and recognised boilerplate
 * @param date the publication date, or {@code null}
 * @param source the publisher, or {@code null}
 */
public record Article(String title, String body, LocalDate date, String source) {
  /**
   * Checks that the title and body are there.
   *
   * @throws NullPointerException if the title or body is {@code null}
   */
  public Article {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}

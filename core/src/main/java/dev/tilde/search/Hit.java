package dev.tilde.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One ranked search result.
 *
 * @param id the document's stable id
 * @param path where the document came from
 * @param title the document's title
 * @param date when it was published, or {@code null} when unknown
 * @param lang its language code, or {@code null} when unknown
 * @param score the relevance score (higher is better)
 * @param snippets the best passages of the body, best first
 */
public record Hit(
    String id, String path, String title, LocalDate date, String lang, float score, List<Snippet> snippets) {
  public Hit {
    snippets = List.copyOf(snippets);
  }
}

package dev.tilde.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query the query string as the user gave it
 * @param parsedAs how the query string was read (see {@link dev.tilde.query.ParsedQuery})
 * @param total how many documents matched in all (a lower bound when {@code timedOut})
 * @param offset how many of the best hits were skipped before {@code hits}; the first hit's rank is {@code offset + 1}
 * @param hits the requested page of matches, in the requested order
 * @param suggestion a corrected query built from the index's own words ("did you mean"), or {@code null} when the
 *     query looks right
 * @param tookMillis how long the search took, in milliseconds
 * @param timedOut whether the search stopped at its timeout, so {@code total} and {@code hits} may be incomplete,
 *     snippets missing or unmarked, and no suggestion looked for
 */
public record SearchResults(
    String query,
    String parsedAs,
    long total,
    int offset,
    List<Hit> hits,
    String suggestion,
    long tookMillis,
    boolean timedOut) {
  /** Keeps its own copy of {@code hits}. */
  public SearchResults {
    hits = List.copyOf(hits);
  }
}

package dev.tilde.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param query the query string as the user gave it
 * @param parsedAs how the query string was read (see {@link dev.tilde.query.ParsedQuery})
 * @param total how many documents matched in all
 * @param hits the requested page of matches, best first
 */
public record SearchResults(String query, String parsedAs, long total, List<Hit> hits) {
  public SearchResults {
    hits = List.copyOf(hits);
  }
}

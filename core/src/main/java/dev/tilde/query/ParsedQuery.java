package dev.tilde.query;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user's query string turned into a Lucene query.
 *
 * @param query the Lucene query to run
 * @param parsedAs how the string was read: {@link #SYNTAX} when the query syntax parsed, {@link #KEYWORDS} when a
 *     syntax error made the builder fall back to plain keywords
 * @param unknownWords the query's words (folded) that no document contains as such, so that they can match only
 *     through typo tolerance; a hint that a spelling suggestion would help
 */
public record ParsedQuery(Query query, String parsedAs, List<String> unknownWords) {
  /** The string was read with the classic query syntax (phrases, AND/OR/NOT, field:). */
  public static final String SYNTAX = "syntax";
  /** The string had a syntax error and was read as plain keywords. */
  public static final String KEYWORDS = "keywords";

  /** Keeps its own copy of {@code unknownWords}. */
  public ParsedQuery {
    unknownWords = List.copyOf(unknownWords);
  }
}

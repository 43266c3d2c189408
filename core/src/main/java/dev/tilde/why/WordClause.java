package dev.tilde.why;

import org.apache.lucene.search.Query;

/**
 * One clause of a query, with the typed word it stands for and how to tell the kind of match it is.
 *
 * @param word the word or words as typed
 * @param clause the clause, a query of its own that a hit matches or not
 * @param kind the kind of match, from the document's own words where the clause matched
 */
public record WordClause(String word, Query clause, Kind kind) {
  /** Tells the kind of a clause's match from the document's own words there. */
  @FunctionalInterface
  public interface Kind {
    /**
     * The kind of match.
     *
     * @param asWritten the document's words where the clause matched, or {@code null} when the index cannot tell
     * @return the kind, or {@code null} when the match says nothing the word's other clauses do not
     */
    MatchKind of(String asWritten);
  }

  /**
   * A clause whose matches are all of one kind.
   *
   * @param word the word or words as typed
   * @param kind the kind of every match
   * @param clause the clause
   * @return the clause with its word and kind
   */
  public static WordClause of(String word, MatchKind kind, Query clause) {
    return new WordClause(word, clause, asWritten -> kind);
  }
}

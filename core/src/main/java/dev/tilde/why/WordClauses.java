package dev.tilde.why;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;

/**
 * The clauses of one query that say why a hit matched, each with its typed word and kind, in the order built: the
 * query builder adds them as it builds each clause, so the kinds are told in one place per kind. Not thread-safe while
 * a query is built; read-only after.
 */
public final class WordClauses {
  /** Most clauses recorded: a query far below Lucene's clause limit has fewer. */
  private static final int MOST = 256;

  private final List<WordClause> clauses = new ArrayList<>();

  /** An empty record, for one query. */
  public WordClauses() {}

  /**
   * Records {@code clause}, whose matches are all of {@code kind}, for {@code word}.
   *
   * @param word the word or words as typed
   * @param kind the kind of every match
   * @param clause the clause
   */
  public void add(String word, MatchKind kind, Query clause) {
    add(WordClause.of(word, kind, clause));
  }

  /**
   * Records {@code clause}.
   *
   * @param clause the clause with its word and kind
   */
  public void add(WordClause clause) {
    if (clauses.size() < MOST && clause.clause() != null) {
      clauses.add(clause);
    }
  }

  /** {@return the clauses recorded, in the order built} */
  public List<WordClause> all() {
    return List.copyOf(clauses);
  }
}

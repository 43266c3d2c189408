package dev.tilde.why;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.search.Query;

/**
 * The clauses of one query that say why a hit matched, each with its typed word and kind: the query builder adds them
 * as it builds each clause, so the kinds are told in one place per kind. A clause is added as a recipe, made only when
 * a search asks why ({@link #all()}): a search that does not ask pays a list entry per clause. The clauses of the typed
 * words' own forms come first, in the order typed, so hits tell the words in that order. Not thread-safe while a query
 * is built; read-only after.
 */
public final class WordClauses {
  /** Most clauses recorded: a query far below Lucene's clause limit has fewer. */
  private static final int MOST = 256;

  private final List<Supplier<WordClause>> ownForms = new ArrayList<>();
  private final List<Supplier<WordClause>> others = new ArrayList<>();

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
    add(() -> WordClause.of(word, kind, clause));
  }

  /**
   * Records the clause {@code clause} makes, once asked.
   *
   * @param clause makes the clause with its word and kind
   */
  public void add(Supplier<WordClause> clause) {
    add(others, clause);
  }

  /**
   * Records the clause {@code clause} makes, once asked: one of a typed word's own form, which a hit tells first.
   *
   * @param clause makes the clause with its word and kind
   */
  public void addOwnForm(Supplier<WordClause> clause) {
    add(ownForms, clause);
  }

  private void add(List<Supplier<WordClause>> to, Supplier<WordClause> clause) {
    if (ownForms.size() + others.size() < MOST) {
      to.add(clause);
    }
  }

  /** {@return the clauses recorded: the typed words' own forms in the order typed, then the others as built} */
  public List<WordClause> all() {
    List<WordClause> all = new ArrayList<>(ownForms.size() + others.size());
    ownForms.forEach(clause -> all.add(clause.get()));
    others.forEach(clause -> all.add(clause.get()));
    return all;
  }
}

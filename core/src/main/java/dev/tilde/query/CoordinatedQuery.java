package dev.tilde.query;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Words whose score counts fully where the documents also match {@code beside}, and {@code alone} of it elsewhere:
 * Lucene's {@link FunctionScoreQuery#boostByQuery} with the words' query in the tree once, so its typo clauses share
 * their automata ({@link SharedFuzzyAutomata}) and expand once. {@link Coordination} builds these.
 */
final class CoordinatedQuery extends Query {
  private final Query words;
  private final Query beside;
  private final float alone;

  CoordinatedQuery(Query words, Query beside, float alone) {
    this.words = words;
    this.beside = beside;
    this.alone = alone;
  }

  /** This query with {@code change} applied to its words. */
  CoordinatedQuery map(UnaryOperator<Query> change) {
    Query changed = change.apply(words);
    return changed == words ? this : new CoordinatedQuery(changed, beside, alone);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) {
    return new BoostQuery(FunctionScoreQuery.boostByQuery(words, beside, 1 / alone), alone);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    words.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "(" + words.toString(field) + ")^" + alone + " ×" + (1 / alone) + " beside (" + beside.toString(field)
        + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && words.equals(((CoordinatedQuery) other).words)
        && beside.equals(((CoordinatedQuery) other).beside) && alone == ((CoordinatedQuery) other).alone;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), words, beside, alone);
  }
}

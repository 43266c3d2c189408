package dev.tilde.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;

/**
 * A {@link FuzzyQuery} whose automata come from {@link FuzzyAutomata} shared with the same word's queries on other
 * fields. It enumerates the terms FuzzyTermsEnum does, each with the boost FuzzyTermsEnum gives it (1 for the word
 * itself, else one less the edits over the shorter length), and rewrites with the fuzzy query's own method.
 */
final class SharedAutomatonFuzzyQuery extends MultiTermQuery {
  private final FuzzyQuery original;
  private final FuzzyAutomata automata;

  SharedAutomatonFuzzyQuery(FuzzyQuery original, FuzzyAutomata automata) {
    super(original.getField(), original.getRewriteMethod());
    this.original = original;
    this.automata = automata;
  }

  /** The automata this query shares with the same word's queries on other fields. */
  FuzzyAutomata automata() {
    return automata;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return new FuzzyCandidates(terms, atts, original.getTerm().bytes(), automata);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.consumeTermsMatching(this, field, () -> automata.within(automata.maxEdits()).runAutomaton);
    }
  }

  @Override
  public String toString(String field) {
    return original.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SharedAutomatonFuzzyQuery that && original.equals(that.original);
  }

  @Override
  public int hashCode() {
    return Objects.hash(SharedAutomatonFuzzyQuery.class, original);
  }
}

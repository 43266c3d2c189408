package dev.tilde.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

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
    return new Candidates(automata.within(automata.maxEdits()).getTermsEnum(terms), original.getTerm().bytes(),
        automata);
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

  /** The terms within the edits, each with its boost set as FuzzyTermsEnum sets it. */
  private static final class Candidates extends FilteredTermsEnum {
    private final BytesRef word;
    private final FuzzyAutomata automata;
    private final BoostAttribute boost;

    Candidates(TermsEnum withinMaxEdits, BytesRef word, FuzzyAutomata automata) {
      super(withinMaxEdits, false);
      this.word = word;
      this.automata = automata;
      this.boost = attributes().addAttribute(BoostAttribute.class);
    }

    @Override
    protected AcceptStatus accept(BytesRef term) {
      int edits = automata.maxEdits();
      while (edits > 0 && within(term, edits - 1)) {
        edits--;
      }
      if (edits == 0) {
        boost.setBoost(1.0f);
      } else {
        int shorter = Math.min(UnicodeUtil.codePointCount(term), automata.codePoints());
        boost.setBoost(1.0f - (float) edits / (float) shorter);
      }
      return AcceptStatus.YES;
    }

    private boolean within(BytesRef term, int edits) {
      return edits == 0
          ? term.equals(word)
          : automata.within(edits).runAutomaton.run(term.bytes, term.offset, term.length);
    }
  }
}

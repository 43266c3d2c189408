package dev.tilde.query;

import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;

/**
 * The terms within a word's maximum edits, each with its boost set as Lucene's {@code FuzzyTermsEnum} sets it: 1 for
 * the word itself, else one less the fewest edits that reach the term over the shorter of the two lengths.
 */
final class FuzzyCandidates extends FilteredTermsEnum {
  private final BytesRef word;
  private final FuzzyAutomata automata;
  private final BoostAttribute boost;

  FuzzyCandidates(TermsEnum withinMaxEdits, BytesRef word, FuzzyAutomata automata) {
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

package dev.tilde.query;

import java.io.IOException;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.IOBooleanSupplier;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The terms within a word's edits, as Lucene's {@code FuzzyTermsEnum} enumerates them but with automata from a
 * {@link FuzzyAutomata}: each term's boost is 1 for the word itself, else one less the fewest edits that reach it over
 * the shorter of the two lengths; and once whoever collects the terms (a top-terms rewrite, a spelling checker) says
 * through {@link MaxNonCompetitiveBoostAttribute} that terms so far off can no longer make its list, the enumeration
 * goes on with the automaton for fewer edits, which skips most of the dictionary.
 *
 * <p>A copy, kept because it measures: it mirrors {@code org.apache.lucene.search.FuzzyTermsEnum} of Lucene {@value
 * #MIRRORS_LUCENE} (its boosts and its switch to fewer edits), and with automata built once per word for every
 * field and kept between searches, typo-tolerant queries take about half the time of Lucene's {@code FuzzyQuery}
 * ({@code bin/benchmark --typo-automata}, docs/BENCHMARKS.md). {@code SharedFuzzyAutomataTest} checks the rewritten
 * queries and scores against Lucene's own on Europarl; the same test fails on another Lucene version
 * until someone has compared this class with that version's {@code FuzzyTermsEnum} and updated the constant.
 */
final class FuzzyCandidates extends BaseTermsEnum {
  /** The Lucene version whose {@code FuzzyTermsEnum} this class was last checked against. */
  static final String MIRRORS_LUCENE = "10.3.2";

  private final Terms terms;
  private final AttributeSource atts;
  private final BytesRef word;
  private final FuzzyAutomata automata;
  private final BoostAttribute boost;
  private final MaxNonCompetitiveBoostAttribute competitive;
  private TermsEnum actual;
  private int maxEdits;
  private float bottom;
  private BytesRef bottomTerm;
  /** The last term returned when the collector's bottom changed; the switch waits for the next call. */
  private BytesRef queuedBottom;

  FuzzyCandidates(Terms terms, AttributeSource atts, BytesRef word, FuzzyAutomata automata) throws IOException {
    this.terms = terms;
    this.atts = atts;
    this.word = word;
    this.automata = automata;
    this.boost = atts.addAttribute(BoostAttribute.class);
    this.competitive = atts.addAttribute(MaxNonCompetitiveBoostAttribute.class);
    this.maxEdits = automata.maxEdits();
    this.bottom = competitive.getMaxNonCompetitiveBoost();
    this.bottomTerm = competitive.getCompetitiveTerm();
    bottomChanged(null);
  }

  /** Drops to fewer edits while the terms they would add cannot compete, and starts a new enumeration if it did. */
  private void bottomChanged(BytesRef lastTerm) throws IOException {
    int before = maxEdits;
    boolean termAfter = bottomTerm == null || (lastTerm != null && lastTerm.compareTo(bottomTerm) >= 0);
    while (maxEdits > 0) {
      float maxBoost = 1.0f - ((float) maxEdits / (float) automata.codePoints());
      if (bottom < maxBoost || (bottom == maxBoost && !termAfter)) {
        break;
      }
      maxEdits--;
    }
    if (before != maxEdits || lastTerm == null) {
      CompiledAutomaton compiled = automata.within(maxEdits);
      actual = terms.intersect(compiled, lastTerm == null ? null : floor(compiled, lastTerm));
    }
  }

  /**
   * The greatest term {@code compiled} accepts at or below {@code term}. {@code CompiledAutomaton.floor} works in a
   * scratch transition of the automaton's own, and these automata are shared by searches on other threads
   * (Lucene's {@code FuzzyTermsEnum} never shares its own), so callers take turns; intersecting needs no turn.
   */
  private static BytesRef floor(CompiledAutomaton compiled, BytesRef term) {
    synchronized (compiled) {
      return compiled.floor(term, new BytesRefBuilder());
    }
  }

  @Override
  public BytesRef next() throws IOException {
    if (queuedBottom != null) {
      bottomChanged(queuedBottom);
      queuedBottom = null;
    }
    BytesRef term = actual.next();
    if (term == null) {
      return null;
    }
    int edits = maxEdits;
    while (edits > 0 && within(term, edits - 1)) {
      edits--;
    }
    if (edits == 0) {
      boost.setBoost(1.0f);
    } else {
      int shorter = Math.min(UnicodeUtil.codePointCount(term), automata.codePoints());
      boost.setBoost(1.0f - (float) edits / (float) shorter);
    }
    float newBottom = competitive.getMaxNonCompetitiveBoost();
    BytesRef newBottomTerm = competitive.getCompetitiveTerm();
    if (newBottom != bottom || newBottomTerm != bottomTerm) {
      bottom = newBottom;
      bottomTerm = newBottomTerm;
      queuedBottom = BytesRef.deepCopyOf(term); // switching now would change docFreq() etc. of the current term
    }
    return term;
  }

  private boolean within(BytesRef term, int edits) {
    return edits == 0 ? term.equals(word) : automata.within(edits).runAutomaton.run(term.bytes, term.offset,
        term.length);
  }

  @Override
  public AttributeSource attributes() {
    return atts;
  }

  @Override
  public int docFreq() throws IOException {
    return actual.docFreq();
  }

  @Override
  public long totalTermFreq() throws IOException {
    return actual.totalTermFreq();
  }

  @Override
  public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
    return actual.postings(reuse, flags);
  }

  @Override
  public ImpactsEnum impacts(int flags) throws IOException {
    return actual.impacts(flags);
  }

  @Override
  public void seekExact(BytesRef term, TermState state) throws IOException {
    actual.seekExact(term, state);
  }

  @Override
  public TermState termState() throws IOException {
    return actual.termState();
  }

  @Override
  public long ord() throws IOException {
    return actual.ord();
  }

  @Override
  public boolean seekExact(BytesRef text) throws IOException {
    return actual.seekExact(text);
  }

  @Override
  public IOBooleanSupplier prepareSeekExact(BytesRef text) throws IOException {
    return actual.prepareSeekExact(text);
  }

  @Override
  public SeekStatus seekCeil(BytesRef text) throws IOException {
    return actual.seekCeil(text);
  }

  @Override
  public void seekExact(long ord) throws IOException {
    actual.seekExact(ord);
  }

  @Override
  public BytesRef term() throws IOException {
    return actual.term();
  }
}

package dev.tilde.suggest;

import dev.tilde.query.SharedFuzzyAutomata;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.MaxNonCompetitiveBoostAttribute;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Lucene's {@link DirectSpellChecker}, with the Levenshtein automata of each word taken from the index's {@link
 * SharedFuzzyAutomata} instead of built anew for every field and every check: a word the query's typo tolerance just
 * looked for is checked with the automata it built. Candidates are ranked exactly as DirectSpellChecker ranks them
 * (the loop below is its own).
 *
 * <p>A copy, kept because it measures: the loop mirrors {@code DirectSpellChecker.suggestSimilar} of Lucene {@value
 * #MIRRORS_LUCENE}, and with the shared automata the candidates of a word take about a third of the time of Lucene's
 * own enumeration ({@code bin/benchmark --typo-automata}, docs/BENCHMARKS.md). {@code SharedAutomataSpellCheckerTest}
 * checks its proposals against Lucene's, and fails on another Lucene version until someone has compared the loop
 * with that version's and updated the constant.
 */
final class SharedAutomataSpellChecker extends DirectSpellChecker {
  /** The Lucene version whose {@code DirectSpellChecker} loop this class was last checked against. */
  static final String MIRRORS_LUCENE = "10.3.2";

  private final SharedFuzzyAutomata automata;

  SharedAutomataSpellChecker(SharedFuzzyAutomata automata, int maxEdits) {
    this.automata = automata;
    setMaxEdits(maxEdits);
  }

  @Override
  protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq,
      int editDistance, float accuracy, CharsRefBuilder spare) throws IOException {
    Terms terms = MultiTerms.getTerms(ir, term.field());
    if (terms == null) {
      return List.of();
    }
    TermsEnum candidates = automata.termsWithin(terms, term.text(), editDistance,
        Math.max(getMinPrefix(), editDistance - 1), true);
    BoostAttribute boost = candidates.attributes().addAttribute(BoostAttribute.class);
    MaxNonCompetitiveBoostAttribute competitive =
        candidates.attributes().addAttribute(MaxNonCompetitiveBoostAttribute.class);
    PriorityQueue<ScoreTerm> best = new PriorityQueue<>();
    BytesRef typed = new BytesRef(term.text());
    BytesRef candidate;
    ScoreTerm next = new ScoreTerm();
    while ((candidate = candidates.next()) != null) {
      float score = boost.getBoost();
      if ((best.size() >= numSug && score <= best.peek().boost) || typed.bytesEquals(candidate)) {
        continue; // not competitive, or the word itself
      }
      int df = candidates.docFreq();
      if (df <= docfreq) {
        continue;
      }
      String asString = null;
      if (getDistance() != INTERNAL_LEVENSHTEIN) {
        spare.copyUTF8Bytes(candidate);
        asString = spare.toString();
        score = getDistance().getDistance(term.text(), asString);
      }
      if (score < accuracy) {
        continue;
      }
      next.term = BytesRef.deepCopyOf(candidate);
      next.boost = score;
      next.docfreq = df;
      next.termAsString = asString;
      next.score = score;
      best.offer(next);
      next = best.size() > numSug ? best.poll() : new ScoreTerm();
      competitive.setMaxNonCompetitiveBoost(best.size() >= numSug ? best.peek().boost : Float.NEGATIVE_INFINITY);
    }
    return best;
  }
}

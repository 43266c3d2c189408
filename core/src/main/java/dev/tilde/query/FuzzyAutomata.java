package dev.tilde.query;

import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongConsumer;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The automata of one word's typo tolerance, each built on first use and then shared by every field and every
 * search the word is looked for in: one accepting every term within the maximum number of edits, which finds the
 * candidates, and those for fewer edits, which tell how far each candidate is. They are built as Lucene's {@code
 * FuzzyQuery} builds them (the prefix kept, the rest within the edits), so they accept the same terms. Thread-safe:
 * two searches that need the same automaton at once may both build it, and either copy serves.
 */
final class FuzzyAutomata {
  private final LevenshteinAutomata levenshtein;
  private final String prefix;
  private final int codePoints;
  private final AtomicReferenceArray<CompiledAutomaton> byEdits;
  /** Told the memory each automaton takes once built, so that a cache can stay within its budget. */
  private final LongConsumer charge;

  FuzzyAutomata(String text, int maxEdits, int prefixLength, boolean transpositions, LongConsumer charge) {
    int[] word = text.codePoints().toArray();
    int kept = Math.min(prefixLength, word.length);
    int[] suffix = java.util.Arrays.copyOfRange(word, kept, word.length);
    this.levenshtein = new LevenshteinAutomata(suffix, Character.MAX_CODE_POINT, transpositions);
    this.prefix = UnicodeUtil.newString(word, 0, kept);
    this.codePoints = word.length;
    this.byEdits = new AtomicReferenceArray<>(maxEdits + 1);
    this.charge = charge;
  }

  /** The automaton accepting every term within {@code edits} edits (at least 1) of the word. */
  CompiledAutomaton within(int edits) {
    CompiledAutomaton automaton = byEdits.get(edits);
    if (automaton == null) {
      // finite, not simplified: as FuzzyQuery compiles them, so intersections see the same automaton
      automaton = new CompiledAutomaton(levenshtein.toAutomaton(edits, prefix), true, false);
      byEdits.set(edits, automaton);
      charge.accept(automaton.ramBytesUsed());
    }
    return automaton;
  }

  /** The most edits these automata allow. */
  int maxEdits() {
    return byEdits.length() - 1;
  }

  /** The word's length in code points, which scales a candidate's boost. */
  int codePoints() {
    return codePoints;
  }
}

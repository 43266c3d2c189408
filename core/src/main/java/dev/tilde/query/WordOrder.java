package dev.tilde.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The boosts a run of typed words earns where a document has them next to each other and in order: the whole run,
 * and each pair of neighbours in a run of three or more, in the field that has them (the title weighing as a title).
 * A word the index lacks (a typo) matches there through its typo expansions too, so {@code Lopez Obrdaor} typed next
 * to each other beats the two words apart.
 */
final class WordOrder {
  /** The typed words in order, next to each other: a boost over the words' own scores. */
  private static final float WHOLE_RUN = 1.0f;
  /** Two typed words in order, next to each other, in a run of three or more. */
  private static final float WORD_PAIR = 0.5f;
  /**
   * The score of a run in order that only typo expansions complete: a constant, about what an exact phrase of two
   * rare words earns, as its expansions' statistics say nothing of the phrase.
   */
  private static final float TYPO_TOLERANT_RUN = 4.0f;
  /** Longest run of words that earns these boosts. */
  static final int LONGEST_RUN = 8;

  private final List<String> fields;
  private final TypoTolerance typos;

  WordOrder(List<String> fields, TypoTolerance typos) {
    this.fields = fields;
    this.typos = typos;
  }

  /** {@code words} (the run's query) with the boosts of {@code folded}, the run's folded words, in order. */
  Query boosted(Query words, List<String> folded) {
    if (folded.size() < 2 || folded.size() > LONGEST_RUN) {
      return words;
    }
    BooleanQuery.Builder boosted = new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD);
    add(boosted, folded, WHOLE_RUN);
    for (int i = 0; folded.size() > 2 && i + 2 <= folded.size(); i++) {
      add(boosted, folded.subList(i, i + 2), WORD_PAIR);
    }
    return boosted.build();
  }

  private void add(BooleanQuery.Builder boosted, List<String> run, float weight) {
    boolean typo = run.stream().anyMatch(typos::isUnknown);
    List<Query> inFields = new ArrayList<>();
    for (String field : fields) {
      Query inOrder = typo ? new TypoTolerantPhraseQuery(field, positions(field, run))
          : new PhraseQuery(field, run.toArray(String[]::new));
      inFields.add(WordQueries.weighted(inOrder, WordQueries.weight(field) * (typo ? TYPO_TOLERANT_RUN : 1.0f)));
    }
    boosted.add(new BoostQuery(WordQueries.best(inFields), weight), BooleanClause.Occur.SHOULD);
  }

  /** Each word as typed, or where the index lacks it, its correction or else its typos. */
  private List<Query> positions(String field, List<String> run) {
    List<Query> positions = new ArrayList<>(run.size());
    for (String word : run) {
      String corrected = typos.correction(word);
      positions.add(corrected != null ? new TermQuery(new Term(field, corrected)) : typos.isUnknown(word)
          ? TypoTolerance.fuzzy(new Term(field, word), typos.edits(word), TypoTolerance.KEPT_PREFIX,
              TypoTolerance.EXPANSIONS)
          : new TermQuery(new Term(field, word)));
    }
    return positions;
  }
}

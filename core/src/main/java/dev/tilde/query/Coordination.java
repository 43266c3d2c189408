package dev.tilde.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How the words of one run add up: a document that has more of them ranks above one that has fewer, each word
 * weighing as rare as it is. A word counts fully in a document that also has another of the run's words (as typed:
 * a typo's neighbours vouch only for a word the index lacks), and {@link #ALONE} of that alone; a title or honorific
 * ({@link Honorifics}) counts fully only beside a word that is not one, so {@code Minister Moratinos} ranks every
 * Moratinos above every minister, and {@code Mrs Vivian Reding} every Reding above every Mrs. Each word's query
 * appears once in the result ({@link CoordinatedQuery}), so a run costs clauses in proportion to its length.
 */
final class Coordination {
  /** What a word counts in a document that has none of the run's other words. */
  static final float ALONE = 0.1f;

  private Coordination() {}

  /**
   * The run's query.
   *
   * @param names the words that are no title or honorific, each its query
   * @param namesAsTyped for each of {@code names}, what shows the word is in a document
   * @param honorifics the titles and honorifics, each its query
   * @param honorificsAsTyped for each of {@code honorifics}, what shows it is in a document
   * @param others clauses that are no one word (a multi-word alias's phrase), which count wherever they match
   */
  static Query of(List<Query> names, List<Query> namesAsTyped, List<Query> honorifics,
      List<Query> honorificsAsTyped, List<Query> others) {
    BooleanQuery.Builder run = new BooleanQuery.Builder();
    others.forEach(other -> run.add(other, BooleanClause.Occur.SHOULD));
    if (names.isEmpty()) {
      // Titles alone ("Mr President"): they are the words, and coordinate as words do.
      add(run, honorifics, honorifics.size() > 1 ? atLeast(2, honorificsAsTyped) : null, 1.0f);
      return run.build();
    }
    // One name counts wherever it is; of several, each counts fully beside another word, a title included.
    List<Query> allAsTyped = new ArrayList<>(namesAsTyped);
    allAsTyped.addAll(honorificsAsTyped);
    add(run, names, names.size() > 1 ? atLeast(2, allAsTyped) : null, 1.0f);
    // A title beside no name counts as little as a name alone does, and that much less again.
    add(run, honorifics, atLeast(1, namesAsTyped), names.size() > 1 ? ALONE : 1.0f);
    return run.build();
  }

  /**
   * {@code words} added up: fully where {@code beside} matches too, {@code ALONE × alone} elsewhere; fully
   * everywhere when {@code beside} is null.
   */
  private static void add(BooleanQuery.Builder run, List<Query> words, Query beside, float alone) {
    if (words.isEmpty()) {
      return;
    }
    Query sum = sum(words);
    if (beside == null) {
      run.add(sum, BooleanClause.Occur.SHOULD);
      return;
    }
    run.add(new CoordinatedQuery(sum, beside, ALONE * alone), BooleanClause.Occur.SHOULD);
  }

  private static Query sum(List<Query> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    BooleanQuery.Builder sum = new BooleanQuery.Builder();
    words.forEach(word -> sum.add(word, BooleanClause.Occur.SHOULD));
    return sum.build();
  }

  /** Documents with at least {@code count} of {@code words}. */
  private static Query atLeast(int count, List<Query> words) {
    BooleanQuery.Builder any = new BooleanQuery.Builder().setMinimumNumberShouldMatch(count);
    words.forEach(word -> any.add(word, BooleanClause.Occur.SHOULD));
    return any.build();
  }
}

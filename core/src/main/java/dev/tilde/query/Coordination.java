package dev.tilde.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * How the words of one run add up: a document that has more of them ranks above one that has fewer, each word
 * weighing as rare as it is. A word counts fully in a document that also has another of the run's words (as typed:
 * a typo's neighbours vouch only for a word the index lacks), and {@link #ALONE} of that alone. Two kinds of word
 * say only which person the others name: a title or honorific ({@link Honorifics}) and a given name beside a surname
 * ({@link GivenNames}). They count fully only beside a surname, so {@code Minister Moratinos} ranks every Moratinos
 * above every minister, and {@code Tony Blair} every Blair above every other Tony. Each word's query appears once in
 * the result ({@link CoordinatedQuery}), so a run costs clauses in proportion to its length.
 */
final class Coordination {
  /** What a word counts in a document that has none of the run's other words. */
  static final float ALONE = 0.1f;

  /** Words of one kind: each word's query, and for each what shows the word as typed is in a document. */
  record Words(List<Query> queries, List<Query> asTyped) {
    Words() {
      this(new ArrayList<>(), new ArrayList<>());
    }

    void add(Query query, Query typed) {
      queries.add(query);
      asTyped.add(typed);
    }

    int size() {
      return queries.size();
    }
  }

  private Coordination() {}

  /**
   * The run's query.
   *
   * @param surnames the words that are neither a title nor a given name beside a surname
   * @param givenNames the given names, when the run has a surname
   * @param honorifics the titles and honorifics
   * @param others clauses that are no one word (a multi-word alias's phrase), which count wherever they match
   */
  static Query of(Words surnames, Words givenNames, Words honorifics, List<Query> others) {
    BooleanQuery.Builder run = new BooleanQuery.Builder();
    others.forEach(other -> run.add(other, BooleanClause.Occur.SHOULD));
    if (surnames.size() == 0) {
      // Titles alone ("Mr President"): they are the words, and coordinate as words do.
      add(run, honorifics.queries(), honorifics.size() > 1 ? atLeast(2, honorifics.asTyped()) : null, 1.0f);
      return run.build();
    }
    // One surname counts wherever it is; of several, each counts fully beside another word, of any kind.
    List<Query> allAsTyped = new ArrayList<>(surnames.asTyped());
    allAsTyped.addAll(givenNames.asTyped());
    allAsTyped.addAll(honorifics.asTyped());
    add(run, surnames.queries(), surnames.size() > 1 ? atLeast(2, allAsTyped) : null, 1.0f);
    // A given name or title beside no surname counts as little as a surname alone does, and that much less again.
    Query besideSurname = atLeast(1, surnames.asTyped());
    float alone = surnames.size() > 1 ? ALONE : 1.0f;
    add(run, givenNames.queries(), besideSurname, alone);
    add(run, honorifics.queries(), besideSurname, alone);
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

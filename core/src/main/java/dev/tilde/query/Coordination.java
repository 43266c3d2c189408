package dev.tilde.query;

import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * How the words of one run add up: a document that has more of them ranks above one that has fewer, each word
 * weighing as rare as it is. A word counts fully in a document that also has another of the run's words (as typed:
 * a typo's neighbours vouch only for a word the index lacks), and {@link #ALONE} of that alone; a title or honorific
 * ({@link Honorifics}) counts fully only beside a word that is not one, so {@code Minister Moratinos} ranks every
 * Moratinos above every minister, and {@code Mrs Vivian Reding} every Reding above every Mrs. A run costs
 * clauses in proportion to its length, and stays a plain sum Lucene can prune.
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
      return coordinated(run, honorifics, honorificsAsTyped).build();
    }
    coordinated(run, names, namesAsTyped);
    if (!honorifics.isEmpty()) {
      // A title beside no name counts as little as a name alone does, and with several names that much less again.
      float alone = names.size() > 1 ? ALONE * ALONE : ALONE;
      run.add(new BoostQuery(sum(honorifics), alone), BooleanClause.Occur.SHOULD);
      Query besideAName = new BooleanQuery.Builder().add(sum(honorificsAsTyped), BooleanClause.Occur.MUST)
          .add(atLeast(1, namesAsTyped), BooleanClause.Occur.FILTER).build();
      run.add(new BoostQuery(besideAName, 1 - alone), BooleanClause.Occur.SHOULD);
    }
    return run.build();
  }

  /**
   * Adds {@code words}: one counts wherever it is; of several, all of them {@link #ALONE} wherever they are, and the
   * rest of their weight as typed ({@code asTyped}) where at least two are, so no query of a word (its typo clauses
   * above all) is in the tree twice and Lucene can still skip the documents that cannot make the top hits.
   */
  private static BooleanQuery.Builder coordinated(BooleanQuery.Builder run, List<Query> words, List<Query> asTyped) {
    if (words.size() == 1) {
      return run.add(words.get(0), BooleanClause.Occur.SHOULD);
    }
    run.add(new BoostQuery(sum(words), ALONE), BooleanClause.Occur.SHOULD);
    return run.add(new BoostQuery(atLeast(2, asTyped), 1 - ALONE), BooleanClause.Occur.SHOULD);
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

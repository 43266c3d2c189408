package dev.tilde.bench.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well one ranking answers one judged query, with binary relevance; or, from {@link #mean}, the average over
 * a group.
 *
 * @param recall R-recall: the fraction of the R relevant documents within the top max(10, R)
 * @param precisionAt10 the fraction of the top 10 that is relevant (at most R/10 when R &lt; 10)
 * @param ndcgAt10 DCG of the top 10 (gain 1 for a relevant document, discounted by log2(rank + 1)) over the best
 *     DCG possible with R relevant documents
 * @param reciprocalRank 1 / the rank of the first relevant document in the ranking, 0 when there is none
 * @param successAt1 1 when the first hit is relevant, else 0
 */
public record Metrics(
    double recall, double precisionAt10, double ndcgAt10, double reciprocalRank, double successAt1) {
  /** The cut-off of the precision and nDCG figures, and the least depth the recall figure looks at. */
  public static final int TOP = 10;

  /** The figures of {@code ranked} (ids, best first; only the first max(10, R) count) for {@code relevant}. */
  public static Metrics of(List<String> ranked, List<String> relevant) {
    if (relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query has at least one relevant document");
    }
    Set<String> wanted = new HashSet<>(relevant);
    int depth = Math.max(TOP, wanted.size());
    int foundInDepth = 0;
    int foundInTop = 0;
    double dcg = 0;
    double reciprocalRank = 0;
    Set<String> counted = new HashSet<>();
    for (int i = 0; i < Math.min(depth, ranked.size()); i++) {
      if (!wanted.contains(ranked.get(i)) || !counted.add(ranked.get(i))) {
        continue;
      }
      foundInDepth++;
      if (i < TOP) {
        foundInTop++;
        dcg += gain(i);
      }
      if (reciprocalRank == 0) {
        reciprocalRank = 1.0 / (i + 1);
      }
    }
    double idealDcg = 0;
    for (int i = 0; i < Math.min(TOP, wanted.size()); i++) {
      idealDcg += gain(i);
    }
    boolean firstRelevant = !ranked.isEmpty() && wanted.contains(ranked.get(0));
    return new Metrics((double) foundInDepth / wanted.size(), (double) foundInTop / TOP, dcg / idealDcg,
        reciprocalRank, firstRelevant ? 1 : 0);
  }

  /** The average of each figure over {@code all} (none gives zeros). */
  public static Metrics mean(List<Metrics> all) {
    int n = Math.max(1, all.size());
    return new Metrics(all.stream().mapToDouble(Metrics::recall).sum() / n,
        all.stream().mapToDouble(Metrics::precisionAt10).sum() / n,
        all.stream().mapToDouble(Metrics::ndcgAt10).sum() / n,
        all.stream().mapToDouble(Metrics::reciprocalRank).sum() / n,
        all.stream().mapToDouble(Metrics::successAt1).sum() / n);
  }

  /**
   * Whether the ranking fails the query: a relevant document is missing from the top max(10, R), or, for a
   * known item, the item is not first.
   */
  public boolean failed(Group group) {
    return group.knownItem() ? successAt1 < 1 : recall < 1;
  }

  private static double gain(int index) {
    return 1 / (Math.log(index + 2) / Math.log(2));
  }
}

package dev.tilde.query;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The score of a document that holds one form of what a user typed, as if it held the form typed once: a long form
 * standing in for the acronym typed (scored with the acronym's statistics), or an acronym standing in for the long
 * form typed (scored with the statistics of the long form's words, as a phrase of them is). So a stand-in weighs what
 * the typed form would weigh in the same document, however rare the words that stand in, and a fraction of that
 * ({@link AcronymExpansions}) keeps it below the form typed. The fields combine as Lucene's {@code CombinedFieldQuery}
 * combines them (BM25F: each field's statistics, frequency and length weighted), as the typed words' own queries do.
 *
 * <p>The query ({@link #query}) is a {@link FunctionScoreQuery} over plain term and phrase queries, which every
 * highlighter knows (OpenSearch's marks the terms of the queries it knows). Statistics come from the searcher, so a
 * cluster's shards score with the whole index's ({@code dfs_query_then_fetch}), whether or not a shard holds the
 * words stood in for.
 */
final class StandInScores extends DoubleValuesSource {
  /** The fields and their weights. */
  private final Map<String, Float> fields;
  /** The words matched: one, or a phrase's in order. */
  private final List<String> matched;
  /** The words whose statistics score a match. */
  private final List<String> scoredAs;
  /** Once given a searcher: each field's matching query's weight, in the order of {@link #fields}. */
  private final List<Weight> byField;
  /** Once given a searcher: how a match scores; {@code null} before, or when the index has none of the words. */
  private final Similarity.SimScorer scorer;

  private StandInScores(Map<String, Float> fields, List<String> matched, List<String> scoredAs, List<Weight> byField,
      Similarity.SimScorer scorer) {
    this.fields = fields;
    this.matched = matched;
    this.scoredAs = scoredAs;
    this.byField = byField;
    this.scorer = scorer;
  }

  /**
   * The documents with the words {@code matched} in order (or the one word) in any of {@code fields}, scored as if
   * they held {@code scoredAs} once.
   *
   * @param fields the fields searched, each with its weight
   * @param matched the word, or the phrase's words, to match
   * @param scoredAs the word, or the phrase's words, whose statistics score a match
   */
  static Query query(Map<String, Float> fields, List<String> matched, List<String> scoredAs) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    fields.keySet().forEach(field -> any.add(matching(field, matched), BooleanClause.Occur.SHOULD));
    return new FunctionScoreQuery(any.build(), new StandInScores(new LinkedHashMap<>(fields), List.copyOf(matched),
        List.copyOf(scoredAs), List.of(), null));
  }

  private static Query matching(String field, List<String> words) {
    return words.size() == 1 ? new TermQuery(new Term(field, words.get(0)))
        : new PhraseQuery(field, words.toArray(String[]::new));
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) throws IOException {
    List<Weight> weights = new ArrayList<>();
    for (String field : fields.keySet()) {
      weights.add(searcher.createWeight(searcher.rewrite(matching(field, matched)), ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    return new StandInScores(fields, matched, scoredAs, weights, scorer(searcher));
  }

  /** How a match scores: the similarity's, over the statistics of the words stood in for, fields combined. */
  private Similarity.SimScorer scorer(IndexSearcher searcher) throws IOException {
    long maxDoc = 0;
    long docCount = 0;
    long sumDocFreq = 0;
    double sumTotalTermFreq = 0;
    for (Map.Entry<String, Float> field : fields.entrySet()) {
      CollectionStatistics collection = searcher.collectionStatistics(field.getKey());
      if (collection != null) {
        maxDoc = Math.max(maxDoc, collection.maxDoc());
        docCount = Math.max(docCount, collection.docCount());
        sumDocFreq = Math.max(sumDocFreq, collection.sumDocFreq());
        sumTotalTermFreq += field.getValue() * collection.sumTotalTermFreq();
      }
    }
    if (docCount == 0) {
      return null; // no document has the fields: nothing matches
    }
    // As CombinedFieldQuery merges them; a cluster's shard is given the whole index's, hence maxDoc as well.
    CollectionStatistics combined = new CollectionStatistics("stand-in", maxDoc, docCount,
        Math.max((long) Math.ceil(sumTotalTermFreq), sumDocFreq), sumDocFreq);
    List<TermStatistics> statistics = new ArrayList<>();
    for (String word : scoredAs) {
      long docFreq = 0;
      double totalTermFreq = 0;
      for (Map.Entry<String, Float> field : fields.entrySet()) {
        TermStatistics inField = statistics(searcher, new Term(field.getKey(), word));
        if (inField != null) {
          docFreq = Math.max(docFreq, inField.docFreq());
          totalTermFreq += field.getValue() * inField.totalTermFreq();
        }
      }
      if (docFreq > 0) {
        statistics.add(new TermStatistics(new Term("stand-in", word).bytes(), docFreq,
            Math.max(docFreq, (long) Math.ceil(totalTermFreq))));
      }
    }
    return statistics.isEmpty() ? null
        : searcher.getSimilarity().scorer(1f, combined, statistics.toArray(TermStatistics[]::new));
  }

  /**
   * The statistics of {@code term} in the whole index, or {@code null} if it has none. A searcher over one shard of a
   * cluster answers with the whole index's ({@link IndexSearcher#termStatistics} is the hook for that) whatever the
   * counts it is given, so it is asked even where the shard lacks the term; counts of 0 make a searcher without the
   * whole index's statistics refuse, so such a shard reports nothing in the statistics phase, and a local index says
   * the term is not there.
   */
  private static TermStatistics statistics(IndexSearcher searcher, Term term) throws IOException {
    TermStates states = TermStates.build(searcher, term, true);
    try {
      return searcher.termStatistics(term, states.docFreq(), states.totalTermFreq());
    } catch (IllegalArgumentException absent) {
      return null;
    }
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
    List<DocIdSetIterator> inFields = new ArrayList<>();
    for (Weight field : byField) {
      Scorer matches = field.scorer(context);
      inFields.add(matches == null ? null : matches.iterator());
    }
    List<NumericDocValues> norms = new ArrayList<>();
    for (String field : fields.keySet()) {
      norms.add(context.reader().getNormValues(field));
    }
    List<Float> weights = List.copyOf(fields.values());
    return new DoubleValues() {
      private float freq;
      private long norm;

      @Override
      public boolean advanceExact(int doc) throws IOException {
        freq = 0;
        float length = 0;
        for (int f = 0; f < weights.size(); f++) {
          DocIdSetIterator matching = inFields.get(f);
          if (matching != null && matching.docID() < doc) {
            matching.advance(doc);
          }
          freq += matching != null && matching.docID() == doc ? weights.get(f) : 0;
          NumericDocValues fieldNorms = norms.get(f);
          if (fieldNorms != null && fieldNorms.advanceExact(doc)) {
            length += weights.get(f) * SmallFloat.byte4ToInt((byte) fieldNorms.longValue());
          }
        }
        norm = SmallFloat.intToByte4((int) Math.min(length, Integer.MAX_VALUE));
        return freq > 0;
      }

      @Override
      public double doubleValue() {
        return scorer == null ? 0 : scorer.score(freq, norm);
      }
    };
  }

  @Override
  public Explanation explain(LeafReaderContext context, int doc, Explanation scoreExplanation) throws IOException {
    DoubleValues values = getValues(context, null);
    if (scorer == null || !values.advanceExact(doc)) {
      return Explanation.noMatch("no \"" + String.join(" ", matched) + "\"");
    }
    return Explanation.match(values.doubleValue(), "\"" + String.join(" ", matched) + "\" standing in for \""
        + String.join(" ", scoredAs) + "\" in " + fields.keySet() + ", as if written once:");
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public boolean isCacheable(LeafReaderContext context) {
    return true;
  }

  @Override
  public String toString() {
    return "\"" + String.join(" ", matched) + "\" as \"" + String.join(" ", scoredAs) + "\" in " + fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandInScores that && fields.equals(that.fields) && matched.equals(that.matched)
        && scoredAs.equals(that.scoredAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, matched, scoredAs);
  }
}

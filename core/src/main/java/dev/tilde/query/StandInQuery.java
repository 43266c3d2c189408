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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * The documents that hold one form of what a user typed, scored as if they held the form typed once: a long form
 * standing in for the acronym typed (scored with the acronym's statistics), or an acronym standing in for the long
 * form typed (scored with the statistics of the long form's words, as a phrase of them is). So a stand-in weighs what
 * the typed form would weigh in the same document, however rare the words that stand in, and a fraction of that
 * ({@link AcronymExpansions}) keeps it below the form typed. The fields combine as Lucene's {@code CombinedFieldQuery}
 * combines them (BM25F: each field's statistics, frequency and length weighted), as the typed words' own queries do
 * ({@link WordQueries}). Statistics come from the searcher, so a cluster's shards score with the whole index's
 * ({@code dfs_query_then_fetch}); a word a field of the index (or of a shard) lacks counts as held once there.
 */
final class StandInQuery extends Query {
  /** The fields and their weights. */
  private final Map<String, Float> fields;
  /** The words matched: one, or a phrase's in order. */
  private final List<String> matched;
  /** The words whose statistics score a match. */
  private final List<String> scoredAs;

  /**
   * @param fields the fields searched, each with its weight
   * @param matched the word, or the phrase's words, to match
   * @param scoredAs the word, or the phrase's words, whose statistics score a match
   */
  StandInQuery(Map<String, Float> fields, List<String> matched, List<String> scoredAs) {
    this.fields = new LinkedHashMap<>(fields);
    this.matched = List.copyOf(matched);
    this.scoredAs = List.copyOf(scoredAs);
  }

  private Query matching(String field) {
    return matched.size() == 1 ? new TermQuery(new Term(field, matched.get(0)))
        : new PhraseQuery(field, matched.toArray(String[]::new));
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    List<Weight> byField = new ArrayList<>();
    for (String field : fields.keySet()) {
      any.add(matching(field), BooleanClause.Occur.SHOULD);
      byField.add(matching(field).createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }
    Weight matches = searcher.createWeight(searcher.rewrite(any.build()), ScoreMode.COMPLETE_NO_SCORES, 1f);
    Similarity.SimScorer scorer = scoreMode.needsScores() ? scorer(searcher, boost) : null;
    return new StandInWeight(matches, byField, scorer);
  }

  /** How a match scores: the similarity's, over the statistics of the words stood in for, fields combined. */
  private Similarity.SimScorer scorer(IndexSearcher searcher, float boost) throws IOException {
    long docCount = 0;
    long sumDocFreq = 0;
    double sumTotalTermFreq = 0;
    for (Map.Entry<String, Float> field : fields.entrySet()) {
      CollectionStatistics collection = searcher.collectionStatistics(field.getKey());
      if (collection != null) {
        docCount = Math.max(docCount, collection.docCount());
        sumDocFreq = Math.max(sumDocFreq, collection.sumDocFreq());
        sumTotalTermFreq += field.getValue() * collection.sumTotalTermFreq();
      }
    }
    if (docCount == 0) {
      return null; // no document has the fields: nothing matches
    }
    CollectionStatistics combined = new CollectionStatistics("stand-in", searcher.getIndexReader().maxDoc(),
        docCount, Math.max((long) Math.ceil(sumTotalTermFreq), sumDocFreq), sumDocFreq);
    List<TermStatistics> statistics = new ArrayList<>();
    for (String word : scoredAs) {
      long docFreq = 0;
      double totalTermFreq = 0;
      for (Map.Entry<String, Float> field : fields.entrySet()) {
        Term term = new Term(field.getKey(), word);
        TermStates states = TermStates.build(searcher, term, true);
        // A cluster's shard answers with the whole index's statistics whatever the counts given; a shard or an index
        // without the word in the field takes it as held once.
        TermStatistics inField = searcher.termStatistics(term, Math.max(1, states.docFreq()),
            Math.max(1, states.totalTermFreq()));
        docFreq = Math.max(docFreq, inField.docFreq());
        totalTermFreq += field.getValue() * inField.totalTermFreq();
      }
      statistics.add(new TermStatistics(new Term("stand-in", word).bytes(), docFreq,
          Math.max(docFreq, (long) Math.ceil(totalTermFreq))));
    }
    return searcher.getSimilarity().scorer(boost, combined, statistics.toArray(TermStatistics[]::new));
  }

  @Override
  public void visit(QueryVisitor visitor) {
    for (String field : fields.keySet()) {
      if (visitor.acceptField(field)) {
        visitor.consumeTerms(this, matched.stream().map(word -> new Term(field, word)).toArray(Term[]::new));
      }
    }
  }

  @Override
  public String toString(String field) {
    return "\"" + String.join(" ", matched) + "\" as \"" + String.join(" ", scoredAs) + "\" in " + fields;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && fields.equals(((StandInQuery) other).fields)
        && matched.equals(((StandInQuery) other).matched) && scoredAs.equals(((StandInQuery) other).scoredAs);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), fields, matched, scoredAs);
  }

  private final class StandInWeight extends Weight {
    private final Weight matches;
    private final List<Weight> byField;
    private final Similarity.SimScorer scorer;

    StandInWeight(Weight matches, List<Weight> byField, Similarity.SimScorer scorer) {
      super(StandInQuery.this);
      this.matches = matches;
      this.byField = byField;
      this.scorer = scorer;
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      return matches.matches(context, doc);
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      ScorerSupplier supplier = scorerSupplier(context);
      StandInScorer match = supplier == null ? null : (StandInScorer) supplier.get(1);
      if (match == null || match.iterator().advance(doc) != doc) {
        return Explanation.noMatch("no \"" + String.join(" ", matched) + "\"");
      }
      float freq = match.freq();
      return scorer == null ? Explanation.match(0f, "not scored") : Explanation.match(match.score(),
          "\"" + String.join(" ", matched) + "\" standing in for \"" + String.join(" ", scoredAs) + "\" in "
              + fields.keySet() + ":", scorer.explain(Explanation.match(freq, "freq, the weights of the fields "
              + "that hold it"), match.norm()));
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      ScorerSupplier any = matches.scorerSupplier(context);
      if (any == null) {
        return null;
      }
      List<ScorerSupplier> inFields = new ArrayList<>();
      for (Weight field : byField) {
        inFields.add(field.scorerSupplier(context));
      }
      List<NumericDocValues> norms = new ArrayList<>();
      for (String field : fields.keySet()) {
        norms.add(context.reader().getNormValues(field));
      }
      return new ScorerSupplier() {
        @Override
        public Scorer get(long leadCost) throws IOException {
          List<Scorer> scorers = new ArrayList<>();
          for (ScorerSupplier field : inFields) {
            scorers.add(field == null ? null : field.get(leadCost));
          }
          return new StandInScorer(any.get(leadCost), scorers, norms, new ArrayList<>(fields.values()), scorer);
        }

        @Override
        public long cost() {
          return any.cost();
        }
      };
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return matches.isCacheable(context);
    }
  }

  /** Scores the documents that match in any field: each field that holds the form counts its weight once. */
  private static final class StandInScorer extends Scorer {
    private final Scorer any;
    private final List<Scorer> byField;
    private final List<NumericDocValues> norms;
    private final List<Float> weights;
    private final Similarity.SimScorer scorer;

    StandInScorer(Scorer any, List<Scorer> byField, List<NumericDocValues> norms, List<Float> weights,
        Similarity.SimScorer scorer) {
      this.any = any;
      this.byField = byField;
      this.norms = norms;
      this.weights = weights;
      this.scorer = scorer;
    }

    /** The weights of the fields that hold the form in the current document, summed. */
    float freq() throws IOException {
      int doc = docID();
      float freq = 0;
      for (int f = 0; f < byField.size(); f++) {
        Scorer field = byField.get(f);
        if (field != null) {
          DocIdSetIterator matching = field.iterator();
          if (matching.docID() < doc) {
            matching.advance(doc);
          }
          freq += matching.docID() == doc ? weights.get(f) : 0;
        }
      }
      return freq;
    }

    /** The document's length over the fields, weighted, encoded as the similarity reads a norm. */
    long norm() throws IOException {
      int doc = docID();
      float length = 0;
      for (int f = 0; f < norms.size(); f++) {
        NumericDocValues field = norms.get(f);
        if (field != null && field.advanceExact(doc)) {
          length += weights.get(f) * SmallFloat.byte4ToInt((byte) field.longValue());
        }
      }
      return SmallFloat.intToByte4((int) Math.min(length, Integer.MAX_VALUE));
    }

    @Override
    public int docID() {
      return any.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return any.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return any.twoPhaseIterator();
    }

    @Override
    public float getMaxScore(int upTo) {
      return scorer == null ? 0f : scorer.score(Float.MAX_VALUE, 1L);
    }

    @Override
    public float score() throws IOException {
      return scorer == null ? 0f : scorer.score(freq(), norm());
    }
  }
}

package dev.tilde.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * A {@link TermQuery} whose matches, asked for hit after hit of a page in index order as the highlighter asks, come
 * from one postings enumeration per segment advanced from hit to hit. Lucene's term weight looks the term up and
 * opens its postings anew for every hit, which was most of the highlighter's time on a page of ten. It scores as the
 * term query does; only the highlighter builds it ({@link HighlightQuery}).
 */
final class ReusedPostingsTermQuery extends Query {
  private final TermQuery term;

  ReusedPostingsTermQuery(TermQuery term) {
    this.term = term;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new ReusedPostingsWeight(searcher, scoreMode, boost);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    term.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return term.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && term.equals(((ReusedPostingsTermQuery) other).term);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), term);
  }

  private final class ReusedPostingsWeight extends Weight {
    private final IndexSearcher searcher;
    private final ScoreMode scoreMode;
    private final float boost;
    /** The term query's own weight, made only if asked to score or explain: matching needs none. */
    private Weight termWeight;
    /** The postings of the segment last asked about, positioned on the last hit asked about; null if it lacks them. */
    private PostingsEnum postings;
    private LeafReaderContext segment;

    ReusedPostingsWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      super(ReusedPostingsTermQuery.this);
      this.searcher = searcher;
      this.scoreMode = scoreMode;
      this.boost = boost;
    }

    @Override
    public Matches matches(LeafReaderContext context, int doc) throws IOException {
      if (context != segment || (postings != null && postings.docID() >= doc)) {
        // A new segment, or a hit at or before the last one (whose positions were read): start over.
        segment = context;
        postings = open(context);
      }
      if (postings == null || postings.advance(doc) != doc) {
        return null;
      }
      return new TermMatches(postings, term);
    }

    private PostingsEnum open(LeafReaderContext context) throws IOException {
      Terms terms = context.reader().terms(term.getTerm().field());
      if (terms == null) {
        return null;
      }
      TermsEnum termsEnum = terms.iterator();
      return termsEnum.seekExact(term.getTerm().bytes()) ? termsEnum.postings(null, PostingsEnum.OFFSETS) : null;
    }

    private Weight termWeight() throws IOException {
      if (termWeight == null) {
        termWeight = searcher.createWeight(term, scoreMode, boost);
      }
      return termWeight;
    }

    @Override
    public Explanation explain(LeafReaderContext context, int doc) throws IOException {
      return termWeight().explain(context, doc);
    }

    @Override
    public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
      return termWeight().scorerSupplier(context);
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
      return true; // as a term query's weight is
    }
  }

  /** The term's matches in one hit, from postings positioned on it: they can be read once. */
  private static final class TermMatches implements Matches {
    private final PostingsEnum postings;
    private final TermQuery term;
    private boolean handedOut;

    TermMatches(PostingsEnum postings, TermQuery term) {
      this.postings = postings;
      this.term = term;
    }

    @Override
    public MatchesIterator getMatches(String field) throws IOException {
      if (!field.equals(term.getTerm().field()) || handedOut) {
        return null; // the highlighter asks once for each field
      }
      handedOut = true;
      return new Positions(postings, term);
    }

    @Override
    public Collection<Matches> getSubMatches() {
      return List.of();
    }

    @Override
    public Iterator<String> iterator() {
      return List.of(term.getTerm().field()).iterator();
    }
  }

  /** Each position of the term in the hit, with its offsets. */
  private static final class Positions implements MatchesIterator {
    private final PostingsEnum postings;
    private final TermQuery term;
    private int left;
    private int position = -1;

    Positions(PostingsEnum postings, TermQuery term) throws IOException {
      this.postings = postings;
      this.term = term;
      this.left = postings.freq();
    }

    @Override
    public boolean next() throws IOException {
      if (left == 0) {
        return false;
      }
      left--;
      position = postings.nextPosition();
      return true;
    }

    @Override
    public int startPosition() {
      return position;
    }

    @Override
    public int endPosition() {
      return position;
    }

    @Override
    public int startOffset() throws IOException {
      return postings.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return postings.endOffset();
    }

    @Override
    public MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return term;
    }
  }
}

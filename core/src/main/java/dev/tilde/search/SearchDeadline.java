package dev.tilde.search;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Weight;

/**
 * The one time limit of a search ({@link SearchOptions#timeout()}), which every phase after parsing checks: expanding
 * typos and other multi-term queries into index terms, collecting hits, highlighting them, looking for a spelling
 * suggestion. A phase that finds the time up stops and leaves out what it had still to do, and the deadline remembers
 * that it did, which is what the results report as {@link SearchResults#timedOut()}. Parsing needs no check: the
 * query builder's bounds (words, their length, regular expressions) keep it to milliseconds. One per search;
 * thread-safe, as Lucene may check it from several threads.
 */
public final class SearchDeadline implements QueryTimeout {
  private static final long NONE = Long.MAX_VALUE;

  private final long startNanos;
  private final long budgetNanos;
  private volatile boolean reached;

  private SearchDeadline(long budgetNanos) {
    this.startNanos = System.nanoTime();
    this.budgetNanos = budgetNanos;
  }

  /**
   * A deadline {@code timeout} from now, or none at all when {@code timeout} is {@code null}.
   *
   * @param timeout how long the search may take, or {@code null}
   * @return the deadline
   */
  public static SearchDeadline after(Duration timeout) {
    return new SearchDeadline(timeout == null ? NONE : Math.max(0, timeout.toNanos()));
  }

  /**
   * Whether the time is up; once it is, it stays up and the search counts as cut short. Only work that stops when
   * this says so may ask it.
   */
  @Override
  public boolean shouldExit() {
    if (!reached && budgetNanos != NONE && System.nanoTime() - startNanos >= budgetNanos) {
      reached = true;
    }
    return reached;
  }

  /** {@return whether some phase found the time up and left work undone} */
  public boolean reached() {
    return reached;
  }

  /**
   * A searcher over the same commit as {@code shared} whose term enumerations and hit collection stop at this
   * deadline ({@code shared} itself is shared by other searches, so it is left as it is); {@code shared} when there
   * is no deadline. A segment whose terms run out of time contributes the hits it had collected.
   *
   * @param shared the searcher of the latest commit
   * @return a searcher bound to this deadline, or {@code shared}
   * @throws IOException if the index cannot be read
   */
  public IndexSearcher bound(IndexSearcher shared) throws IOException {
    if (budgetNanos == NONE || !(shared.getIndexReader() instanceof DirectoryReader reader)) {
      return shared;
    }
    IndexSearcher bound = new BoundSearcher(ExitableDirectoryReader.wrap(reader, this));
    bound.setSimilarity(shared.getSimilarity());
    bound.setTimeout(this);
    return bound;
  }

  /** Collects each segment until the deadline, including when it comes while the segment's terms are enumerated. */
  private static final class BoundSearcher extends IndexSearcher {
    BoundSearcher(DirectoryReader reader) {
      super(reader);
    }

    @Override
    protected void searchLeaf(LeafReaderContext leaf, int minDocId, int maxDocId, Weight weight, Collector collector)
        throws IOException {
      try {
        super.searchLeaf(leaf, minDocId, maxDocId, weight, collector);
      } catch (ExitingReaderException outOfTime) {
        // The deadline is reached (it says so from now on); the hits collected so far stand.
      }
    }
  }
}

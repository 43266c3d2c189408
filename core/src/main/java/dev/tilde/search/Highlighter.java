package dev.tilde.search;

import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Reads the stored fields of a page of hits and picks the best passages of each one's body, marking what matched on
 * the text as the document wrote it.
 *
 * <p>Backed by Lucene's {@link UnifiedHighlighter}, which reads match offsets from the postings. Passages come best
 * first (by the highlighter's passage score, then in text order), and a long passage is cropped around its matches.
 * Each hit's stored fields are decompressed once, for both its snippets and its other fields. Past the search's
 * deadline, hits are no longer matched: the rest get their passages unmarked, or none. One per search.
 */
public final class Highlighter {
  private static final String[] FIELDS = {Schema.BODY};

  /** Best passage first: the one a reader should see if they read only one. */
  private static final Comparator<Passage> BEST_FIRST = new BestFirst();

  /**
   * How much of a body the highlighter reads looking for matches. Lucene's default of 10,000 characters misses a
   * name that first appears late in a long article.
   */
  private static final int MAX_CHARS_READ = 200_000;

  private final IndexSearcher searcher;
  private final QueryTimeout deadline;
  private final SnippetHighlighter highlighter;
  /** The stored fields of the hits being highlighted, by document number: the bodies the highlighter reads. */
  private final Map<Integer, Document> hitDocuments = new HashMap<>();

  /**
   * A highlighter with no time limit.
   *
   * @param searcher the searcher the hits came from
   * @param analyzer the index's analyzer, for the fields whose offsets are not indexed
   */
  public Highlighter(IndexSearcher searcher, Analyzer analyzer) {
    this(searcher, analyzer, SearchDeadline.after(null));
  }

  /**
   * A highlighter that stops matching hits once {@code deadline} says the search is out of time.
   *
   * @param searcher the searcher the hits came from
   * @param analyzer the index's analyzer, for the fields whose offsets are not indexed
   * @param deadline the search's deadline
   */
  public Highlighter(IndexSearcher searcher, Analyzer analyzer, QueryTimeout deadline) {
    this.searcher = searcher;
    this.deadline = deadline;
    this.highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withPassageSortComparator(BEST_FIRST)
        .withMaxLength(MAX_CHARS_READ)
        .withWeightMatches(true)
        // Stemmed matches live in body_en/body_es, whose offsets point into the same body text: mark them too.
        .withFieldMatcher(Schema.BODY_FIELDS::contains), hitDocuments, deadline);
  }

  /**
   * A hit's stored fields and the best passages of its body.
   *
   * @param stored every stored field of the document
   * @param snippets at most the number asked for, best first
   */
  public record Highlighted(Document stored, List<Snippet> snippets) {}

  /**
   * The stored fields and snippets of each of {@code hits}, in the same order; at most {@code perHit} each.
   *
   * @param query the query whose matches to mark, rewritten into plain terms
   * @param hits the hits to highlight
   * @param perHit the most snippets for one hit
   * @return each hit's stored fields and snippets
   * @throws IOException if the index cannot be read
   */
  public List<Highlighted> highlight(Query query, ScoreDoc[] hits, int perHit) throws IOException {
    int[] docIds = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docIds[i] = hits[i].doc;
    }
    readStoredFields(docIds);
    Object[] bodies = new Object[hits.length];
    if (hits.length > 0 && perHit > 0 && !deadline.shouldExit()) {
      try {
        bodies = highlighter.highlight(FIELDS, HighlightQuery.of(query), docIds, new int[] {perHit}).get(Schema.BODY);
      } catch (ExitingReaderException outOfTime) {
        // the deadline came while a hit's terms were matched: no snippets rather than some
      }
    }
    List<Highlighted> out = new ArrayList<>(hits.length);
    for (int i = 0; i < hits.length; i++) {
      out.add(new Highlighted(hitDocuments.get(docIds[i]),
          bodies[i] == null ? List.of() : List.of((Snippet[]) bodies[i])));
    }
    return out;
  }

  /** Reads each hit's stored fields once, in index order, for both its snippets and the hit itself. */
  private void readStoredFields(int[] docIds) throws IOException {
    int[] inIndexOrder = docIds.clone();
    Arrays.sort(inIndexOrder);
    StoredFields stored = searcher.storedFields();
    for (int docId : inIndexOrder) {
      hitDocuments.put(docId, stored.document(docId));
    }
  }

  /**
   * Orders passages by score, highest first, then by where they start. A class rather than composed comparators,
   * whose lambdas a one-shot search would have to spin up at run time.
   */
  private static final class BestFirst implements Comparator<Passage> {
    @Override
    public int compare(Passage a, Passage b) {
      int byScore = Double.compare(b.getScore(), a.getScore());
      return byScore != 0 ? byScore : Integer.compare(a.getStartOffset(), b.getStartOffset());
    }
  }

  /**
   * Opens up the highlighter's object-returning variant, which hands back our formatter's {@link Snippet}s, and takes
   * each body from the hit's stored fields already read instead of reading them again.
   */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    private final Map<Integer, Document> hitDocuments;
    private final QueryTimeout deadline;

    SnippetHighlighter(Builder builder, Map<Integer, Document> hitDocuments, QueryTimeout deadline) {
      super(builder);
      this.hitDocuments = hitDocuments;
      this.deadline = deadline;
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }

    /**
     * Matches offsets from one weight for the whole search. Lucene's own strategy rewrites the query, creates a weight
     * and looks up every term again for each hit (on a single-segment view of it); that was most of a search's time.
     * Each field matches its own terms, so the stemmed fields' matches (whose offsets point into the body) are
     * marked too, where Lucene's strategy looks their stems up among the body's unstemmed words.
     */
    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
      return offsetSource == OffsetSource.POSTINGS
          ? new SharedWeightOffsetStrategy(components, searcher, deadline)
          : super.getOffsetStrategy(offsetSource, components);
    }

    /**
     * Postings, for the body fields: the schema indexes them with offsets. Lucene's highlighter would merge the field
     * infos of every segment to find that out, anew for each search.
     */
    @Override
    protected OffsetSource getOffsetSource(String field) {
      return Schema.BODY_FIELDS.contains(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
    }

    /** The hits' bodies, cut to the length read; all in one batch, as they are in memory already. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
        int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int docId = docIter.nextDoc(); docId != DocIdSetIterator.NO_MORE_DOCS; docId = docIter.nextDoc()) {
        Document doc = hitDocuments.get(docId);
        CharSequence[] byField = new CharSequence[fields.length];
        for (int f = 0; f < fields.length; f++) {
          String value = doc.get(fields[f]);
          byField[f] = value == null || value.length() <= getMaxLength() ? value : value.substring(0, getMaxLength());
        }
        values.add(byField);
      }
      return values;
    }
  }

  /** Reads each hit's match offsets from one weight of the query, made on first use for the whole index. */
  private static final class SharedWeightOffsetStrategy extends FieldOffsetStrategy {
    private final IndexSearcher searcher;
    private final QueryTimeout deadline;
    private Weight weight;

    SharedWeightOffsetStrategy(UHComponents components, IndexSearcher searcher, QueryTimeout deadline) {
      super(components);
      this.searcher = searcher;
      this.deadline = deadline;
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
      return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
      if (deadline.shouldExit()) {
        return OffsetsEnum.EMPTY;
      }
      if (weight == null) {
        weight = searcher.createWeight(searcher.rewrite(components.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      Matches matches = weight.matches(leafOf(reader), docId);
      if (matches == null) {
        return OffsetsEnum.EMPTY;
      }
      List<OffsetsEnum> offsets = new ArrayList<>();
      for (String field : matches) {
        MatchesIterator iterator = components.fieldMatcher().test(field) ? matches.getMatches(field) : null;
        if (iterator != null) {
          offsets.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
      return switch (offsets.size()) {
        case 0 -> OffsetsEnum.EMPTY;
        case 1 -> offsets.get(0);
        default -> new OffsetsEnum.MultiOffsetsEnum(offsets);
      };
    }

    /** The segment of the searcher's index that {@code reader} reads (the highlighter hands over the segment's). */
    private LeafReaderContext leafOf(LeafReader reader) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (leaf.reader() == reader) {
          return leaf;
        }
      }
      throw new IllegalStateException("highlighting a segment the searcher does not read");
    }
  }
}

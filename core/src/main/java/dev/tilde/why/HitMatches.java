package dev.tilde.why;

import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Which of a query's {@link WordClauses} each hit of a page matches, as Lucene's Matches API tells, and the
 * document's own words where each matched first. A typed word that matched in several ways is told once, as its best
 * kind ({@link MatchKind}'s order). Each clause is rewritten and weighed once for the page, and only when asked: a
 * search that does not ask pays nothing.
 */
public final class HitMatches {
  /** Longest document text quoted as a match's words, in chars. */
  private static final int LONGEST_AS_WRITTEN = 80;
  /** The fields whose match is quoted first: the body (as the snippets show it), then the title. */
  private static final List<String> FIELD_ORDER =
      List.of(Schema.BODY, Schema.BODY_EN, Schema.BODY_ES, Schema.NAME_SOUNDS, Schema.TITLE);

  private HitMatches() {}

  /**
   * How the typed words matched each of {@code docIds}.
   *
   * @param searcher the searcher the hits came from
   * @param clauses the query's clauses with their words and kinds
   * @param docIds the hits, by document number
   * @param stored each hit's stored fields, in the same order, for its words as written
   * @return each hit's matches, in the same order, the typed words in the order the query built them
   * @throws IOException if the index cannot be read
   */
  public static List<List<WordMatch>> of(IndexSearcher searcher, WordClauses clauses, int[] docIds,
      List<Document> stored) throws IOException {
    List<WordClause> all = clauses.all();
    List<List<WordMatch>> out = new ArrayList<>(docIds.length);
    Weight[] weights = new Weight[all.size()];
    try {
      for (int i = 0; i < all.size(); i++) {
        weights[i] = searcher.createWeight(searcher.rewrite(all.get(i).clause()), ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
    } catch (ExitingReaderException outOfTime) {
      weights = new Weight[0]; // out of time: no hit is told why it matched
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int h = 0; h < docIds.length; h++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[h], leaves));
      Map<String, WordMatch> byWord = new LinkedHashMap<>();
      for (int i = 0; i < weights.length; i++) {
        Matches matches = weights[i].matches(leaf, docIds[h] - leaf.docBase);
        if (matches == null) {
          continue;
        }
        WordClause clause = all.get(i);
        String asWritten = asWritten(matches, stored.get(h));
        MatchKind kind = clause.kind().of(asWritten);
        WordMatch known = byWord.get(clause.word());
        if (kind != null && (known == null || kind.compareTo(known.kind()) < 0)) {
          byWord.put(clause.word(), new WordMatch(clause.word(), kind, asWritten));
        }
      }
      out.add(List.copyOf(byWord.values()));
    }
    return out;
  }

  /** The document's words at the first match of the first field that has one with offsets, or null. */
  private static String asWritten(Matches matches, Document stored) throws IOException {
    for (String field : FIELD_ORDER) {
      MatchesIterator iterator = matches.getMatches(field);
      if (iterator == null || !iterator.next()) {
        continue;
      }
      String text = stored.get(Schema.TITLE.equals(field) ? Schema.TITLE : Schema.BODY);
      int start = iterator.startOffset();
      int end = iterator.endOffset();
      if (text != null && start >= 0 && end <= text.length() && start < end) {
        return quoted(text.substring(start, end));
      }
    }
    return null;
  }

  /** {@code words} with each run of white space one space, cut short. */
  private static String quoted(String words) {
    String collapsed = words.strip().replaceAll("\\s+", " ");
    if (collapsed.codePointCount(0, collapsed.length()) <= LONGEST_AS_WRITTEN) {
      return collapsed;
    }
    return collapsed.substring(0, collapsed.offsetByCodePoints(0, LONGEST_AS_WRITTEN - 1)) + "…";
  }
}

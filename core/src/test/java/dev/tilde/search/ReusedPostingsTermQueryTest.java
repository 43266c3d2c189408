package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.junit.jupiter.api.Test;

/** The highlighter's term query gives the term query's matches, hit after hit, on the seeds and Europarl. */
class ReusedPostingsTermQueryTest {
  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();
  private static final IndexSearcher searcher = new IndexSearcher(reader);

  @Test
  void matchesAsTheTermQueryDoesInIndexOrderAndOutOfIt() throws IOException {
    for (String word : List.of("obrador", "commission", "europea")) {
      TermQuery term = new TermQuery(new Term("body", word));
      List<Integer> docs = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(term, 200).scoreDocs) {
        docs.add(hit.doc);
      }
      docs.sort(null);
      assertThat(docs).as(word).hasSizeGreaterThan(3);
      List<Integer> backwards = new ArrayList<>(docs.reversed());
      List<Integer> twice = new ArrayList<>(docs.subList(0, 3));
      twice.addAll(docs.subList(0, 3)); // asked again for hits already read

      for (List<Integer> order : List.of(docs, backwards, twice)) {
        Weight lucene = searcher.createWeight(term, ScoreMode.COMPLETE_NO_SCORES, 1f);
        Weight reused = searcher.createWeight(new ReusedPostingsTermQuery(term), ScoreMode.COMPLETE_NO_SCORES, 1f);
        for (int doc : order) {
          assertThat(offsets(reused, doc)).as(word + " in " + doc).isEqualTo(offsets(lucene, doc)).isNotEmpty();
        }
        int absent = docs.get(0) == 0 ? docs.get(0) + 1 : 0;
        if (!docs.contains(absent)) {
          assertThat(offsets(reused, absent)).isEqualTo(offsets(lucene, absent)).isEmpty();
        }
      }
    }
  }

  private static List<String> offsets(Weight weight, int doc) throws IOException {
    LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
    Matches matches = weight.matches(leaf, doc - leaf.docBase);
    List<String> offsets = new ArrayList<>();
    if (matches == null) {
      return offsets;
    }
    MatchesIterator iterator = matches.getMatches("body");
    while (iterator != null && iterator.next()) {
      offsets.add(iterator.startPosition() + ":" + iterator.startOffset() + "-" + iterator.endOffset());
    }
    return offsets;
  }
}

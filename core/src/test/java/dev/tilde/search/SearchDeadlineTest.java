package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;

class SearchDeadlineTest {
  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();
  /** Every body term of the seeds and Europarl: enumerating them, not collecting, is the work a deadline stops. */
  private static final Query EVERY_TERM = new RegexpQuery(new Term(Schema.BODY, ".*"));

  @Test
  void withoutATimeoutNothingIsCutShortAndTheSharedSearcherServes() throws IOException {
    SearchDeadline none = SearchDeadline.after(null);
    IndexSearcher shared = new IndexSearcher(reader);

    assertThat(none.bound(shared)).isSameAs(shared);
    assertThat(none.shouldExit()).isFalse();
    assertThat(none.reached()).isFalse();
  }

  @Test
  void aPassedDeadlineStopsEnumeratingTermsAndSaysSo() throws IOException {
    SearchDeadline passed = SearchDeadline.after(Duration.ofNanos(1));

    ScoreDoc[] hits = passed.bound(new IndexSearcher(reader)).search(EVERY_TERM, 10).scoreDocs;

    assertThat(hits).isEmpty();
    assertThat(passed.reached()).isTrue();
    assertThat(new IndexSearcher(reader).search(EVERY_TERM, 10).scoreDocs).hasSize(10);
  }

  @Test
  void aGenerousDeadlineChangesNothingAndIsNotReached() throws IOException {
    SearchDeadline generous = SearchDeadline.after(Duration.ofMinutes(10));
    IndexSearcher shared = new IndexSearcher(reader);

    ScoreDoc[] bound = generous.bound(shared).search(EVERY_TERM, 10).scoreDocs;

    assertThat(Arrays.stream(bound).mapToInt(hit -> hit.doc))
        .containsExactlyElementsOf(Arrays.stream(shared.search(EVERY_TERM, 10).scoreDocs).mapToInt(hit -> hit.doc)
            .boxed().toList());
    assertThat(generous.reached()).isFalse();
  }
}

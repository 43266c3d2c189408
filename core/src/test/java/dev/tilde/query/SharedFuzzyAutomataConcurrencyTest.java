package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kept automata are shared by searches running at once on many threads, as one open index serves them: rewriting
 * the same words' typo-tolerant queries concurrently must give every thread the answer a lone search gets.
 */
class SharedFuzzyAutomataConcurrencyTest {
  /** Long Europarl words with many close neighbours, so each enumeration fills its list and drops to fewer edits. */
  private static final List<String> WORDS = List.of("parliament", "commission", "presidente", "parlamento",
      "commissione", "regulation", "government", "kommission", "gemeinschaft", "importance");
  private static final int THREADS = 4;
  private static final int ROUNDS = 150;

  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void searchesSharingAutomataAtOnceFindWhatALoneSearchFinds() throws Exception {
    IndexSearcher searcher = new IndexSearcher(reader);
    searcher.setQueryCache(null);
    List<Long> alone = new ArrayList<>();
    for (String word : WORDS) {
      alone.add(hits(searcher, new SharedFuzzyAutomata(0), word));
    }
    SharedFuzzyAutomata shared = new SharedFuzzyAutomata(SharedFuzzyAutomata.DEFAULT_BYTES);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<Long>>> runs = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        runs.add(pool.submit(() -> {
          List<Long> last = new ArrayList<>();
          for (int round = 0; round < ROUNDS; round++) {
            last.clear();
            for (String word : WORDS) {
              last.add(hits(searcher, shared, word));
            }
          }
          return last;
        }));
      }
      for (Future<List<Long>> run : runs) {
        assertThat(run.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Hits of the word's two-edit query as typo tolerance builds it: first letter kept, at most 10 terms. */
  private static long hits(IndexSearcher searcher, SharedFuzzyAutomata automata, String word) throws Exception {
    FuzzyQuery fuzzy = new FuzzyQuery(new Term(Schema.BODY, word), 2, 1, 10, true);
    return searcher.search(automata.share(fuzzy), 10).totalHits.value();
  }
}

package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/** Typo automata shared between fields change nothing but the time a rewrite takes. */
class SharedFuzzyAutomataTest {
  /**
   * Names and words of the seeds and Europarl, as typed and with typos: one edit (five to eight letters), two (nine
   * or more), unknown words, accents, several words, and the {@code word~N} syntax.
   */
  private static final List<String> QUERIES = List.of("Fernández Martín", "Palacio Vallelersundi", "Obradir",
      "lopez obrador", "Zuniga", "migrasion", "Comisión Europea", "parlamentu europejskiego", "Kinnock",
      "gemeenschappelijk standpunt", "erittäin", "Andrikienė", "Sheinbaum", "Commision~1", "presidnet~",
      "title:Mexico body:inmigracion", "\"remain in mexico\" Trumpp");

  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();
  private static final IndexSearcher searcher = new IndexSearcher(reader);
  private final QueryBuilder builder = new QueryBuilder(TildeAnalysis.standard());

  @Test
  void rewritesToTheTermsAndBoostsOfLucenesFuzzyQueries() throws IOException {
    for (String text : QUERIES) {
      Query query = builder.build(text, reader).query();
      assertThat(searcher.rewrite(new SharedFuzzyAutomata(0).share(query))).as(text).isEqualTo(searcher.rewrite(query));
    }
  }

  @Test
  void scoresEveryHitAsLucenesFuzzyQueriesDo() throws IOException {
    for (String text : QUERIES) {
      Query query = builder.build(text, reader).query();
      ScoreDoc[] expected = searcher.search(query, 50).scoreDocs;
      ScoreDoc[] actual = searcher.search(new SharedFuzzyAutomata(0).share(query), 50).scoreDocs;
      assertThat(actual).as(text).hasSameSizeAs(expected);
      for (int i = 0; i < expected.length; i++) {
        assertThat(actual[i].doc).as(text + " #" + i).isEqualTo(expected[i].doc);
        assertThat(actual[i].score).as(text + " #" + i).isEqualTo(expected[i].score);
      }
    }
  }

  @Test
  void buildsOneSetOfAutomataPerWordForEveryField() {
    Query shared = new SharedFuzzyAutomata(0).share(builder.build("Fernándezz Martínn", reader).query());

    List<SharedAutomatonFuzzyQuery> fuzzy = fuzzyClauses(shared);
    Map<Object, Integer> queriesPerAutomata = new IdentityHashMap<>();
    for (SharedAutomatonFuzzyQuery q : fuzzy) {
      queriesPerAutomata.merge(q.automata(), 1, Integer::sum);
    }
    assertThat(fuzzy).extracting(SharedAutomatonFuzzyQuery::getField).contains(Schema.TITLE, Schema.BODY);
    assertThat(queriesPerAutomata).hasSize(2); // fernandezz, martinn
    assertThat(queriesPerAutomata.values()).containsOnly(2); // title and body
  }

  @Test
  void reusesAWordsAutomataInTheSearchesThatFollow() {
    SharedFuzzyAutomata automata = new SharedFuzzyAutomata(SharedFuzzyAutomata.DEFAULT_BYTES);

    List<SharedAutomatonFuzzyQuery> first = fuzzyClauses(automata.share(builder.build("Fernándezz", reader).query()));
    List<SharedAutomatonFuzzyQuery> later =
        fuzzyClauses(automata.share(builder.build("Fernándezz Martínn", reader).query()));

    FuzzyAutomata fernandez = first.get(0).automata();
    assertThat(later).filteredOn(q -> q.automata() == fernandez).hasSize(2);
    assertThat(later).filteredOn(q -> q.automata() != fernandez).hasSize(2);
  }

  @Test
  void staysWithinItsMemoryBudget() throws IOException {
    SharedFuzzyAutomata automata = new SharedFuzzyAutomata(300_000);
    for (String text : QUERIES) {
      searcher.rewrite(automata.share(builder.build(text, reader).query()));
      assertThat(automata.bytesKept()).as(text).isBetween(0L, 300_000L);
    }
    assertThat(automata.bytesKept()).isPositive();
  }

  @Test
  void dropsTheLeastRecentlyUsedWordFirst() throws IOException {
    long obrador = bytesFor("Obradorr");
    long budget = obrador + Math.max(bytesFor("Martínn"), bytesFor("Kinnockk"));
    SharedFuzzyAutomata automata = new SharedFuzzyAutomata(budget);
    FuzzyAutomata obradorKept = built(automata, "Obradorr");
    FuzzyAutomata martinKept = built(automata, "Martínn");
    assertThat(built(automata, "Obradorr")).isSameAs(obradorKept); // now the most recently used

    built(automata, "Kinnockk");

    assertThat(built(automata, "Obradorr")).isSameAs(obradorKept);
    assertThat(built(automata, "Martínn")).isNotSameAs(martinKept);
  }

  @Test
  void keepsNothingBetweenSearchesWithoutABudget() throws IOException {
    SharedFuzzyAutomata automata = new SharedFuzzyAutomata(0);
    FuzzyAutomata first = built(automata, "Obradorr");

    assertThat(built(automata, "Obradorr")).isNotSameAs(first);
    assertThat(automata.bytesKept()).isZero();
  }

  /** The automata {@code word}'s query was rewritten with: built then, if they were not kept. */
  private FuzzyAutomata built(SharedFuzzyAutomata automata, String word) throws IOException {
    Query shared = automata.share(builder.build(word, reader).query());
    searcher.rewrite(shared);
    return fuzzyClauses(shared).get(0).automata();
  }

  private long bytesFor(String word) throws IOException {
    SharedFuzzyAutomata alone = new SharedFuzzyAutomata(Long.MAX_VALUE);
    built(alone, word);
    return alone.bytesKept();
  }

  @Test
  void leavesAQueryWithoutTypoToleranceAsItIs() {
    Query query = builder.build("\"remain in mexico\"", reader).query();

    assertThat(new SharedFuzzyAutomata(0).share(query)).isSameAs(query);
  }

  @Test
  void leavesNoFuzzyQueryBehind() {
    Query shared = new SharedFuzzyAutomata(0).share(builder.build("Fernándezz Commision~1", reader).query());

    List<Query> leftover = new ArrayList<>();
    shared.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query query, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        if (query instanceof FuzzyQuery) {
          leftover.add(query);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    assertThat(leftover).isEmpty();
    assertThat(shared.toString()).contains("body:commision~1", "body:fernandezz~2");
  }

  private static List<SharedAutomatonFuzzyQuery> fuzzyClauses(Query query) {
    List<SharedAutomatonFuzzyQuery> fuzzy = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTermsMatching(Query query, String field,
          java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
        if (query instanceof SharedAutomatonFuzzyQuery q) {
          fuzzy.add(q);
        }
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return fuzzy;
  }

  @Test
  void wasLastCheckedAgainstTheLuceneItRunsOn() {
    assertThat(Version.LATEST.toString())
        .as("FuzzyCandidates copies Lucene %s's FuzzyTermsEnum: compare it with this Lucene's, then update"
            + " FuzzyCandidates.MIRRORS_LUCENE",
            FuzzyCandidates.MIRRORS_LUCENE)
        .isEqualTo(FuzzyCandidates.MIRRORS_LUCENE);
  }
}

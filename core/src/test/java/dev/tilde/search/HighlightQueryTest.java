package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

/**
 * The highlighter's form of a search's query, on the seeds and Europarl. That it marks what the whole query marks is
 * {@link HighlighterTest}'s to check.
 */
class HighlightQueryTest {
  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();
  private static final IndexSearcher searcher = new IndexSearcher(reader);
  private final QueryBuilder builder = new QueryBuilder(TildeAnalysis.standard());

  @Test
  void leavesOutOptionalClausesThatSearchOnlyTheTitle() throws IOException {
    Query query = searcher.rewrite(builder.build("title:Mexico wall", reader).query());

    String highlighted = HighlightQuery.of(query).toString();

    assertThat(query.toString()).contains("title:mexico");
    assertThat(highlighted).doesNotContain("title:mexico").contains("body:wall");
  }

  @Test
  void leavesOutTheGappedPhrasesOfNamesWhoseWordsItMatchesAnyway() throws IOException {
    // Two names typed with capitals also match with a particle between ("Méndez de Vigo"): a phrase with a gap.
    Query query = searcher.rewrite(builder.build("Méndez Vigo", reader).query());
    assertThat(query.toString()).contains("body:\"mendez ? vigo\"");

    String highlighted = HighlightQuery.of(query).toString();

    assertThat(highlighted).doesNotContain("mendez ? vigo").doesNotContain("mendez ? ? vigo").contains("body:mendez")
        .contains("body:vigo");
  }

  @Test
  void keepsRequiredClausesWhateverFieldTheySearch() throws IOException {
    Query query = searcher.rewrite(builder.build("+title:Mexico wall", reader).query());

    assertThat(HighlightQuery.of(query).toString()).startsWith("+title:mexico").contains("body:wall");
  }

  @Test
  void matchesTheBodyTermsOfEachWordAcrossFieldsAndNoScoreFunction() throws IOException {
    // Two words: each across title and body (CombinedFieldQuery), coordinated by a score function.
    Query query = searcher.rewrite(builder.build("Minister Moratinos", reader).query());
    assertThat(query.toString()).contains("CombinedFieldQuery((body title^2.0)(moratinos))")
        .contains("FunctionScoreQuery");

    String highlighted = HighlightQuery.of(query).toString();

    assertThat(highlighted).doesNotContain("CombinedFieldQuery").doesNotContain("FunctionScoreQuery")
        .doesNotContain("title:").contains("body:moratinos").contains("body:minister")
        .contains("body_en:moratinos").contains("body:\"minister moratinos\"");
  }
}

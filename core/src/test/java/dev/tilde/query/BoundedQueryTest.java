package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hostile queries on the seeds + Europarl index: each gets an answer or a clear error, never a crash. */
class BoundedQueryTest {
  private static TildeIndex index;

  @BeforeAll
  static void open() {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void leadingWildcardsAreReadAsKeywords() {
    assertThat(index.search("*obrador", 10).parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
    assertThat(index.search("?brador", 10).parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
  }

  @Test
  void broadPrefixesAndRegexesRun() {
    assertThat(index.search("a*", 10).total()).isGreaterThan(1000);
    assertThat(index.search("/.*a.*/", 10).total()).isGreaterThan(1000);
  }

  @Test
  void aRegexTooComplexToCompileIsReadAsKeywords() {
    String monster = "/" + "(a|b)*c".repeat(2) + "[a-z]{1,500}(x|y){1,200}" + "/";
    assertThat(index.search(monster, 10).parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
  }

  @Test
  void theLongestAllowedQueryOfRealWordsRuns() throws IOException {
    TildeDocument doc = Europarl.documents().get(41);
    List<String> words = List.of(doc.body().split("[^\\p{L}]+")).stream().filter(w -> w.length() > 1).toList();
    String query = String.join(" ", words.subList(0, QueryBuilder.MAX_WORDS));

    assertThat(index.search(query, 10).hits()).extracting(h -> h.id()).contains(doc.id());
  }

  @Test
  void aQueryOfManyFuzzyAndPhraseClausesRuns() {
    String query = "\"migration policy\" Giammatei~2 Obrdaor~2 comisiones~1 migrants~2 Europe~2 Parliament~2 "
        + "Commission~2 \"remain in Mexico\" president~2 council~2 report~2 debate~2 regional~2";
    assertThat(index.search(query, 10).hits()).isNotEmpty();
  }

  @Test
  void tooManyWordsIsAClearError() {
    String pasted = "word ".repeat(20_000); // 100 KB
    assertThatThrownBy(() -> index.search(pasted, 10))
        .isInstanceOf(TildeException.class)
        .hasMessage("query too long: 20000 words (at most " + QueryBuilder.MAX_WORDS + ")");
  }

  @Test
  void deepNestingIsAClearError() {
    String nested = "(".repeat(5_000) + "obrador" + ")".repeat(5_000);
    assertThatThrownBy(() -> index.search(nested, 10))
        .isInstanceOf(TildeException.class)
        .hasMessage("query nests parentheses 5000 deep (at most " + QueryBuilder.MAX_NESTING + ")");
    assertThat(index.search("((obrador OR harris) AND (mexico))", 10).hits()).isNotEmpty();
  }
}

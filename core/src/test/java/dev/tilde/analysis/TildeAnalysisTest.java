package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TildeAnalysisTest {
  private final TildeAnalysis analysis = TildeAnalysis.standard();

  @Test
  void indexesFoldedWordsAndKeepsTheAccentedFormAtTheSamePosition() {
    List<Token> tokens = TildeAnalysis.tokens(analysis.indexAnalyzer(), Schema.BODY, "López Obrador");

    assertThat(tokens).extracting(Token::term).containsExactlyInAnyOrder("lopez", "lópez", "obrador");
    assertThat(tokens).filteredOn(t -> t.term().startsWith("l")).extracting(Token::position).containsOnly(0);
    assertThat(tokens).filteredOn(t -> t.term().startsWith("l"))
        .allSatisfy(t -> assertThat(List.of(t.startOffset(), t.endOffset())).containsExactly(0, 5));
  }

  @Test
  void decomposedTextIndexesExactlyLikePrecomposedText() {
    assertThat(terms(Schema.BODY, "Lo\u0301pez Zu\u0301n\u0303iga")).isEqualTo(terms(Schema.BODY, "López Zúñiga"));
    assertThat(terms(Schema.BODY_ES, "comisio\u0301n")).isEqualTo(terms(Schema.BODY_ES, "comisión"));
  }

  @Test
  void offsetsOfDecomposedTextPointAtTheTextAsWritten() {
    String text = "Sr. Lo\u0301pez";
    Token lopez = TildeAnalysis.tokens(analysis.indexAnalyzer(), Schema.BODY, text).get(1);

    assertThat(text.substring(lopez.startOffset(), lopez.endOffset())).isEqualTo("Lo\u0301pez");
  }

  @Test
  void possessivesAreStrippedWhateverTheApostrophe() {
    for (String written : List.of("Harris's", "Harris’s", "Harris'", "HARRIS'S")) {
      assertThat(terms(Schema.BODY, written)).as(written).containsExactly("harris");
      assertThat(terms(Schema.BODY_ES, written)).as(written).containsExactly("harris");
    }
  }

  @Test
  void elisionsLeaveTheWordAfterTheApostrophe() {
    // Europarl's French writes "l'opinion", "d'Estaing"; Catalan and Italian names too ("d'Alema").
    for (String written : List.of("l'opinion", "L’opinion", "d'opinion")) {
      assertThat(terms(Schema.BODY, written)).as(written).containsExactly("opinion");
    }
    assertThat(terms(Schema.BODY_EN, "Giscard d'Estaing")).containsExactly("giscard", "estaing");
    assertThat(terms(Schema.BODY, "Harris's")).containsExactly("harris");
  }

  @Test
  void hyphenatedNamesBecomeConsecutiveWords() {
    List<Token> tokens = TildeAnalysis.tokens(analysis.exactAnalyzer(), Schema.BODY, "López-Obrador");

    assertThat(tokens).extracting(Token::term).containsExactly("lópez", "obrador");
    assertThat(tokens).extracting(Token::position).containsExactly(0, 1);
  }

  @Test
  void englishStemmingJoinsInflections() {
    assertThat(terms(Schema.BODY_EN, "migration migrating migrated")).containsOnly("migrat");
    assertThat(terms(Schema.BODY_EN, "migrants migrant")).containsOnly("migrant");
  }

  @Test
  void spanishStemmingJoinsPluralsAndAccents() {
    assertThat(terms(Schema.BODY_ES, "comisiones comisión")).containsOnly("comision");
  }

  @Test
  void stemmersLeaveNamesWhole() {
    assertThat(terms(Schema.BODY_EN, "Harris Obrador Giammattei Ebrard")).containsExactly(
        "harris", "obrador", "giammattei", "ebrard");
    assertThat(terms(Schema.BODY_ES, "Harris Obrador Giammattei Ebrard")).containsExactly(
        "harris", "obrador", "giammattei", "ebrard");
  }

  @Test
  void stopWordsLeaveTheStemmedFieldsButNeverThePhraseFields() {
    assertThat(terms(Schema.BODY_EN, "do not come")).containsExactly("come");
    assertThat(terms(Schema.BODY, "do not come")).containsExactly("do", "not", "come");
  }

  @Test
  void queriesExpandAliasesBothWays() {
    assertThat(terms(analysis.queryAnalyzer(), Schema.BODY, "AMLO"))
        .contains("amlo", "andres", "manuel", "lopez", "obrador");
    assertThat(terms(analysis.queryAnalyzer(), Schema.BODY, "Andrés Manuel López Obrador")).contains("amlo");
  }

  @Test
  void aUserAliasTableThatCannotBeParsedIsOneClearError(@TempDir Path dir) throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.txt"), "AMLO => López Obrador => Peje\n");

    assertThatThrownBy(() -> TildeAnalysis.withAliases(broken))
        .isInstanceOf(TildeException.class)
        .hasMessageStartingWith("bad alias table " + broken);
    assertThatThrownBy(() -> TildeAnalysis.withAliases(dir.resolve("missing.txt")))
        .isInstanceOf(TildeException.class)
        .hasMessage("cannot read alias table " + dir.resolve("missing.txt"));
  }

  @Test
  void inlineAliasRulesReadAsTheTablesTheyCameFrom(@TempDir Path dir) throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.txt"), "# the Mexican president's nickname\nPeje, AMLO\n");
    TildeAnalysis fromTables = TildeAnalysis.withAliases(mine);

    TildeAnalysis inline = TildeAnalysis.withAliasRules(fromTables.aliasRules());

    assertThat(inline.aliasRules()).isEqualTo(fromTables.aliasRules());
    for (String query : List.of("Peje", "AMLO", "Andrés Manuel López Obrador", "Kamala Harris")) {
      assertThat(terms(inline.queryAnalyzer(), Schema.BODY, query)).as(query)
          .isEqualTo(terms(fromTables.queryAnalyzer(), Schema.BODY, query));
    }
    assertThat(terms(inline.queryAnalyzer(), Schema.BODY, "Peje")).contains("peje", "amlo");
    assertThatThrownBy(() -> TildeAnalysis.withAliasRules(List.of("AMLO => López Obrador => Peje")))
        .isInstanceOf(TildeException.class)
        .hasMessageStartingWith("bad alias rules: ");
  }

  @Test
  void everyChainIsReachableByFieldName() {
    assertThat(analysis.chainsByField()).containsKeys(Schema.TITLE, Schema.BODY, Schema.BODY_EN, Schema.BODY_ES);
  }

  private List<String> terms(String field, String text) {
    return terms(analysis.indexAnalyzer(), field, text);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    return TildeAnalysis.tokens(analyzer, field, text).stream().map(Token::term).toList();
  }
}

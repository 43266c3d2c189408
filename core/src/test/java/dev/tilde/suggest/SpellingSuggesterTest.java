package dev.tilde.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.DatedSeedIndex;
import dev.tilde.TildeIndex;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SpellingSuggesterTest {
  @TempDir static Path dir;
  private static TildeIndex index;

  @BeforeAll
  static void openSeeds() throws IOException {
    index = TildeIndex.open(DatedSeedIndex.build(dir.resolve("index")));
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  private static String suggestionFor(String query) {
    return index.search(query, SearchOptions.defaults()).suggestion();
  }

  @Test
  void suggestsTheIndexedWordForAMisspeltOneThatFindsNothing() {
    // Quoted, the word gets no typo tolerance: nothing matches it as typed.
    SearchResults results = index.search("\"migrasion\"", SearchOptions.defaults());

    assertThat(results.total()).isZero();
    assertThat(results.suggestion()).isEqualTo("\"migration\"");
  }

  @Test
  void suggestsTheIndexedWordWhenTheHitsCameOnlyThroughTypoTolerance() {
    SearchResults results = index.search("migrasion", SearchOptions.defaults());

    assertThat(results.total()).isEqualTo(5);
    assertThat(results.suggestion()).isEqualTo("migration");
  }

  @Test
  void keepsTheCaseTheUserTyped() {
    assertThat(suggestionFor("Migrasion")).isEqualTo("Migration");
    assertThat(suggestionFor("GUATEMALLA")).isEqualTo("GUATEMALA");
  }

  @Test
  void correctsOnlyTheMisspeltWordAndKeepsTheRestOfTheQuery() {
    assertThat(suggestionFor("\"kamala haris\" AND mexico")).isEqualTo("\"kamala harris\" AND mexico");
    assertThat(suggestionFor("body:guatamala")).isEqualTo("body:guatemala");
  }

  @Test
  void suggestsEvenWhenOtherWordsFoundHits() {
    SearchResults results = index.search("kamala migrasion", SearchOptions.defaults());

    assertThat(results.total()).isEqualTo(5);
    assertThat(results.suggestion()).isEqualTo("kamala migration");
  }

  @Test
  void suggestsAFarCommonerWordWhenAnIndexedOneFindsVeryLittle() {
    // As a phrase (no stemming, no typo tolerance) "leader" is in one seed; "leaders" is in all five.
    SearchResults results = index.search("\"leader\"", SearchOptions.defaults());

    assertThat(results.total()).isEqualTo(1);
    assertThat(results.suggestion()).isEqualTo("\"leaders\"");
  }

  @Test
  void keepsARareWordThatHasNoCommonNeighbour() {
    SearchResults results = index.search("Tuscaloosa", SearchOptions.defaults());

    assertThat(results.total()).isEqualTo(1);
    assertThat(results.suggestion()).isNull();
  }

  @Test
  void offersNothingForAQueryWhoseWordsAreAllIndexed() {
    assertThat(suggestionFor("lopez obrador")).isNull();
    assertThat(suggestionFor("Giammattei")).isNull();
  }

  @Test
  void allowsTwoEditsOnlyInWordsOfNineLettersOrMore() {
    // As typo tolerance does: "mexikp" is two edits from "mexico", too far for six letters.
    assertThat(suggestionFor("\"migrasiom\"")).isEqualTo("\"migration\"");
    assertThat(suggestionFor("\"mexiko\"")).isEqualTo("\"mexico\"");
    assertThat(suggestionFor("\"mexikp\"")).isNull();
  }

  @Test
  void offersNothingWhenNoIndexedWordIsClose() {
    assertThat(suggestionFor("xylophone")).isNull();
  }

  @Test
  void aCorrectionMustFindSomethingWithTheSameFilters() {
    // No seed is in French, so "guatemala" would find nothing either: not worth suggesting.
    SearchResults french = index.search("guatamala", SearchOptions.defaults().withLang("fr"));

    assertThat(french.total()).isZero();
    assertThat(french.suggestion()).isNull();
  }

  @Test
  void searchesTheFieldsItWasAskedTo() {
    SearchResults titles = index.search("migrasion", SearchOptions.defaults().withFields("title"));

    assertThat(titles.suggestion()).isEqualTo("migration");
    assertThat(index.search("migration", SearchOptions.defaults().withFields("title")).total()).isPositive();
  }

  // 100,000 letters took 150 s before: the field-name pattern backtracked over every start inside the word.
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aQueryOfOneHugeWordIsAnsweredInLinearTime() {
    assertThat(suggestionFor("a".repeat(100_000))).isNull();
  }
}

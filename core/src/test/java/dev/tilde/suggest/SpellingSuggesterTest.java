package dev.tilde.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.DatedSeedIndex;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.schema.Schema;
import dev.tilde.search.SearchDeadline;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SpellingSuggesterTest {
  @TempDir static Path dir;
  private static TildeIndex index;
  private static IndexReader seedsAndEuroparl;

  @BeforeAll
  static void openSeeds() throws IOException {
    index = TildeIndex.open(DatedSeedIndex.build(dir.resolve("index")));
    seedsAndEuroparl = TestIndexes.seedsAndEuroparlReader(); // built here, not in a timed test
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

  @Test
  void neverCorrectsInsideARegex() {
    assertThat(suggestionFor("/a{50000}{1000}/")).isNull();
    assertThat(suggestionFor("/guatamala/")).isNull();
    assertThat(suggestionFor("/guat.*/ AND \"migrasion\"")).isEqualTo("/guat.*/ AND \"migration\"");
    assertThat(suggestionFor("\"a/b\" \"migrasion\"")).isEqualTo("\"a/b\" \"migration\"");
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readsAMegabyteOfFieldNamesAndJoinedWordsInLinearTime() {
    SpellingSuggester suggester =
        new SpellingSuggester(TildeAnalysis.standard().foldedAnalyzer(), new SharedFuzzyAutomata(0));
    for (String unit : List.of("a.", "a_1", "body.", "é:", "title:", "/", "\\/")) {
      String query = unit.repeat((1 << 20) / unit.length()) + " migrasion";
      String suggestion = suggester.suggest(seedsAndEuroparl, query,
          List.of(Schema.SEARCHED_FIELDS), 0, true, corrected -> 1, SearchDeadline.after(null));
      assertThat(suggestion).as(unit).endsWith(" migration").hasSameSizeAs(query);
    }
  }

  @Test
  void offersNothingOnceTheSearchIsOutOfTime() {
    SpellingSuggester suggester =
        new SpellingSuggester(TildeAnalysis.standard().foldedAnalyzer(), new SharedFuzzyAutomata(0));
    SearchDeadline passed = SearchDeadline.after(java.time.Duration.ofNanos(1));
    List<String> fields = List.of(Schema.SEARCHED_FIELDS);

    assertThat(suggester.suggest(seedsAndEuroparl, "migrasion", fields, 0, true, q -> 1, passed)).isNull();
    assertThat(passed.reached()).isTrue();
    assertThat(suggester.suggest(seedsAndEuroparl, "migrasion", fields, 0, true, q -> 1, SearchDeadline.after(null)))
        .isEqualTo("migration");
  }
}

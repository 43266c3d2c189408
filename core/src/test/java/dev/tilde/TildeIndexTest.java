package dev.tilde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.ParsedQuery;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TildeIndexTest {
  @TempDir static Path dir;
  private static TildeIndex index;

  @BeforeAll
  static void openSeedIndex() throws IOException {
    index = TildeIndex.open(SeedIndex.build(dir.resolve("index")));
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  @Test
  void findsEverySeedThatNamesLopezObradorRankedByScore() {
    SearchResults results = index.search("lopez obrador", 10);

    assertThat(index.documentCount()).isEqualTo(5);
    assertThat(results.total()).isEqualTo(5);
    assertThat(results.hits()).hasSize(5);
    assertThat(results.hits()).extracting(Hit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    assertThat(results.parsedAs()).isEqualTo(ParsedQuery.SYNTAX);
  }

  @Test
  void searchesAlikeWhetherTypoAutomataAreKeptOrNot() throws IOException {
    try (TildeIndex keepingNone = TildeIndex.open(dir.resolve("index"), TildeAnalysis.standard(), 0)) {
      for (String query : new String[] {"Obradir", "lopez obrador", "migrasion", "Sheinbaum Pardo", "Obradir"}) {
        SearchResults kept = index.search(query, 10);
        SearchResults none = keepingNone.search(query, 10);
        assertThat(none.hits()).as(query).isEqualTo(kept.hits());
        assertThat(none.suggestion()).as(query).isEqualTo(kept.suggestion());
      }
    }
  }

  @Test
  void searchesAlikeWhetherItsFilesAreMappedOrRead() throws IOException {
    try (TildeIndex read = TildeIndex.openForOneSearch(dir.resolve("index"), TildeAnalysis.standard())) {
      for (String query : new String[] {"lopez obrador", "Obradir", "\"Remain in Mexico\"", "migración"}) {
        SearchResults mapped = index.search(query, 10);
        SearchResults positional = read.search(query, 10);
        assertThat(positional.hits()).as(query).isEqualTo(mapped.hits());
        assertThat(positional.suggestion()).as(query).isEqualTo(mapped.suggestion());
      }
    }
  }

  @Test
  void searchesAlikeOpenedForOneSearchWithTheStandardAnalysisTakenLast() throws IOException {
    try (TildeIndex read = TildeIndex.openForOneSearch(dir.resolve("index"))) {
      assertThat(read.analysis()).isSameAs(TildeAnalysis.standard());
      for (String query : new String[] {"lopez obrador", "Obradir", "AMLO", "migración"}) {
        SearchResults mapped = index.search(query, 10);
        SearchResults positional = read.search(query, 10);
        assertThat(positional.hits()).as(query).isEqualTo(mapped.hits());
        assertThat(positional.suggestion()).as(query).isEqualTo(mapped.suggestion());
      }
    }
  }

  @Test
  void refusesANegativeTypoAutomataBudget() {
    assertThatThrownBy(() -> TildeIndex.open(dir.resolve("index"), TildeAnalysis.standard(), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typoAutomataBytes");
  }

  @Test
  void marksTheNameAsTheArticleWroteIt() {
    SearchResults results = index.search("lopez obrador", 10);

    assertThat(results.hits())
        .flatExtracting(Hit::snippets)
        .extracting(s -> s.marked("<mark>", "</mark>"))
        .anySatisfy(s -> assertThat(s).contains("<mark>López Obrador</mark>"))
        .anySatisfy(s -> assertThat(s).contains("<mark>Lopez Obrador</mark>"));
  }

  @Test
  void snippetSpansPointAtTheMatchedWords() {
    for (Hit hit : index.search("Guatemala", 10).hits()) {
      assertThat(hit.snippets()).isNotEmpty();
      for (Snippet snippet : hit.snippets()) {
        assertThat(snippet.matches()).isNotEmpty();
        for (Snippet.Span span : snippet.matches()) {
          assertThat(snippet.text().substring(span.start(), span.end())).isEqualToIgnoringCase("Guatemala");
        }
      }
    }
  }

  @Test
  void limitCapsTheHitsButNotTheTotal() {
    SearchResults results = index.search("migration", 2);

    assertThat(results.hits()).hasSize(2);
    assertThat(results.total()).isGreaterThan(2);
  }

  @Test
  void findsNothingForAWordNoSeedHas() {
    SearchResults results = index.search("xylophone", 10);

    assertThat(results.total()).isZero();
    assertThat(results.hits()).isEmpty();
  }

  @Test
  void brokenSyntaxFallsBackToKeywords() {
    SearchResults results = index.search("(López \"Obrador", 10);

    assertThat(results.parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
    assertThat(results.total()).isEqualTo(5);
  }

  @Test
  void refusesToOpenADirectoryWithoutAnIndex() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    assertThatThrownBy(() -> TildeIndex.open(empty))
        .isInstanceOf(NoIndexException.class)
        .hasMessage("no index at " + empty);
    assertThatThrownBy(() -> TildeIndex.open(dir.resolve("missing")))
        .isInstanceOf(NoIndexException.class)
        .hasMessageStartingWith("no index at ");
  }
}

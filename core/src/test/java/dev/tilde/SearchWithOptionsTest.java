package dev.tilde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchOptions.SortBy;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchWithOptionsTest {
  private static final SearchOptions DEFAULTS = SearchOptions.defaults();

  @TempDir static Path dir;
  private static TildeIndex index;

  @BeforeAll
  static void openDatedSeeds() throws IOException {
    index = TildeIndex.open(DatedSeedIndex.build(dir.resolve("index")));
  }

  @AfterAll
  static void closeIndex() throws IOException {
    index.close();
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(Hit::id).toList();
  }

  @Test
  void pagesWalkThroughTheRankingWithoutGapsOrRepeats() {
    List<String> all = ids(index.search("harris mexico", DEFAULTS));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 6; offset += 2) {
      SearchResults page = index.search("harris mexico", DEFAULTS.withLimit(2).withOffset(offset));
      assertThat(page.offset()).isEqualTo(offset);
      assertThat(page.total()).isEqualTo(5);
      paged.addAll(ids(page));
    }

    assertThat(all).hasSize(5);
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void anOffsetPastTheEndGivesAnEmptyPageButTheTotal() {
    SearchResults results = index.search("harris", DEFAULTS.withOffset(50));

    assertThat(results.hits()).isEmpty();
    assertThat(results.total()).isEqualTo(5);
  }

  @Test
  void hitsCarryTheirDateAndLanguage() {
    SearchResults results = index.search("Guatemala", DEFAULTS);

    assertThat(results.hits()).isNotEmpty().allSatisfy(hit -> {
      assertThat(hit.date()).isEqualTo(DatedSeedIndex.DATES.get(hit.id()));
      assertThat(hit.lang()).isEqualTo(DatedSeedIndex.LANGS.get(hit.id()));
    });
  }

  @Test
  void languageFilterKeepsOnlyThatLanguage() {
    SearchResults spanish = index.search("lopez obrador", DEFAULTS.withLang("es"));
    SearchResults english = index.search("lopez obrador", DEFAULTS.withLang("EN"));

    assertThat(ids(spanish)).containsExactly("003_996f0d832b119001.txt");
    assertThat(english.total()).isEqualTo(4);
    assertThat(english.hits()).extracting(Hit::lang).containsOnly("en");
  }

  @Test
  void dateFiltersIncludeTheirBoundsAndLeaveOutUndatedDocuments() {
    SearchResults since = index.search("harris", DEFAULTS.withSince(LocalDate.of(2021, 6, 8)));
    SearchResults until = index.search("harris", DEFAULTS.withUntil(LocalDate.of(2021, 6, 8)));
    SearchResults oneDay =
        index.search("harris", DEFAULTS.withSince(LocalDate.of(2021, 6, 8)).withUntil(LocalDate.of(2021, 6, 8)));

    assertThat(ids(since)).containsExactlyInAnyOrder(
        "000_355b59ce4fb1aa64.txt", "001_3243c8592de719a6.txt", "002_93535a9ed92f4643.txt");
    assertThat(ids(until)).containsExactlyInAnyOrder("002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt");
    assertThat(ids(oneDay)).containsExactly("002_93535a9ed92f4643.txt");
  }

  @Test
  void sortByDatePutsNewestFirstAndUndatedLastWithScores() {
    SearchResults results = index.search("harris", DEFAULTS.withSortBy(SortBy.DATE));

    assertThat(ids(results)).containsExactly("000_355b59ce4fb1aa64.txt", "001_3243c8592de719a6.txt",
        "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt", "004_90803ba7146971af.txt");
    assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.score()).isPositive());
  }

  @Test
  void sortByDatePagesToo() {
    SearchResults second = index.search("harris", DEFAULTS.withSortBy(SortBy.DATE).withLimit(2).withOffset(2));

    assertThat(ids(second)).containsExactly("002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt");
  }

  @Test
  void fieldScopingSearchesOnlyTheChosenField() {
    // "Categories: US News" heads seed 001, whose body still names Kamala Harris many times.
    SearchResults titles = index.search("kamala", DEFAULTS.withFields("title"));
    SearchResults bodies = index.search("kamala", DEFAULTS.withFields("body"));

    assertThat(ids(titles)).containsExactlyInAnyOrder(
        "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt", "004_90803ba7146971af.txt");
    assertThat(bodies.total()).isEqualTo(5);
    assertThat(index.search("categories", DEFAULTS.withFields("title")).total()).isEqualTo(1);
  }

  @Test
  void snippetCountIsHonoured() {
    assertThat(index.search("harris", DEFAULTS.withSnippets(0)).hits()).allSatisfy(
        hit -> assertThat(hit.snippets()).isEmpty());
    List<Hit> three = index.search("harris", DEFAULTS.withSnippets(3)).hits();
    assertThat(three).allSatisfy(hit -> assertThat(hit.snippets()).hasSizeBetween(1, 3));
    assertThat(three).anySatisfy(hit -> assertThat(hit.snippets()).hasSize(3));
  }

  @Test
  void bestPassageComesFirst() {
    // Seed 001 has sentences naming only Harris and ones naming Harris and López Obrador together.
    Hit hit = index.search("harris lopez obrador", DEFAULTS.withSnippets(3)).hits().stream()
        .filter(h -> h.id().equals("001_3243c8592de719a6.txt")).findFirst().orElseThrow();

    List<Snippet> snippets = hit.snippets();
    assertThat(snippets).hasSize(3);
    Snippet best = snippets.get(0);
    assertThat(best.marked("[", "]")).containsPattern("\\[[^]]*López Obrador]").contains("[Harris]");
  }

  @Test
  void longPassagesAreCroppedAroundTheMatch() {
    for (Hit hit : index.search("migration", DEFAULTS.withSnippets(3)).hits()) {
      for (Snippet snippet : hit.snippets()) {
        assertThat(snippet.text().length()).isLessThanOrEqualTo(240 + 4);
        assertThat(snippet.marked("[", "]")).containsPattern("(?i)\\[migrat\\w*]");
      }
    }
  }

  @Test
  void tookMillisIsMeasured() {
    SearchResults results = index.search("harris", DEFAULTS);

    assertThat(results.tookMillis()).isNotNegative();
    assertThat(results.timedOut()).isFalse();
  }

  @Test
  void aGenerousTimeoutChangesNothing() {
    SearchResults limited = index.search("harris mexico", DEFAULTS.withTimeout(java.time.Duration.ofMinutes(1)));

    assertThat(limited.timedOut()).isFalse();
    assertThat(ids(limited)).isEqualTo(ids(index.search("harris mexico", DEFAULTS)));
  }

  @Test
  void aSearchPastItsDeadlineSkipsEveryPhaseLeftAndSaysSo() {
    SearchResults late = index.search("migrasion", DEFAULTS.withTimeout(java.time.Duration.ofNanos(1)));

    assertThat(late.timedOut()).isTrue();
    assertThat(late.hits()).isEmpty();
    assertThat(late.suggestion()).isNull();
    assertThat(index.search("migrasion", DEFAULTS).suggestion()).isEqualTo("migration");
  }
}

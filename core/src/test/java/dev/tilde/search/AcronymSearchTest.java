package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acronyms the seeds and Europarl spell out, searched: a typed acronym finds the documents that only spell it out,
 * typed words that are a long form find the documents that only write its acronym, and the form typed ranks first.
 */
class AcronymSearchTest {
  private static TildeIndex index;
  private static final Map<String, String> TEXT_BY_ID = new HashMap<>();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
    for (Path seed : SeedIndex.seedFiles()) {
      TEXT_BY_ID.put(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
    }
    for (TildeDocument doc : Europarl.documents()) {
      TEXT_BY_ID.put(doc.id(), doc.title() + "\n" + doc.body());
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void findsDocumentSpellingOutAcronym() {
    // Europarl defines SBA once ("Small Business Act (SBA)"); most documents write only the long form.
    List<String> texts = texts(index.search("SBA", 100).hits());
    assertThat(texts).filteredOn(has("Small Business Act").and(has("SBA").negate())).hasSizeGreaterThan(10);
    assertThat(texts).allMatch(has("SBA").or(has("Small Business Act")));
  }

  @Test
  void literalAcronymRanksAboveExpansion() {
    List<String> texts = texts(index.search("SBA", 100).hits());
    int literal = (int) texts.stream().filter(has("SBA")).count();
    assertThat(literal).isPositive();
    assertThat(texts.subList(0, literal)).allMatch(has("SBA"));
  }

  @Test
  void findsDocumentsThatOnlyWriteTheAcronymOfTheLongFormTyped() {
    List<Hit> hits = index.search("Kosovo Liberation Army", 10).hits();
    // europarl-7469 defines KLA; europarl-1420 writes KLA and never the long form.
    assertThat(TEXT_BY_ID.get("europarl-1420")).contains("KLA").doesNotContain("Liberation Army");
    assertThat(hits).extracting(Hit::id).startsWith("europarl-7469").contains("europarl-1420");
  }

  @Test
  void literalLongFormRanksAboveAcronym() {
    List<String> texts = texts(index.search("Small Business Act", 100).hits());
    int literal = (int) texts.stream().filter(has("Small Business Act")).count();
    assertThat(texts.subList(0, literal)).allMatch(has("Small Business Act"));
    assertThat(texts.subList(literal, texts.size())).filteredOn(has("SBA")).isNotEmpty();
  }

  @Test
  void findsAmloThroughWhatTheTextSays() throws IOException {
    // Without Tilde's alias table: the seed titled "... President AMLO ..." teaches AMLO.
    try (TildeIndex learnedOnly = TildeIndex.open(TestIndexes.seedsAndEuroparl(),
        TildeAnalysis.withAliasRules(List.of()))) {
      List<Hit> hits = learnedOnly.search("AMLO", 10).hits();
      assertThat(hits).extracting(Hit::id).first().isEqualTo("002_93535a9ed92f4643.txt");
      assertThat(hits).extracting(Hit::id).hasSameElementsAs(SEEDS_WITH_THE_FULL_NAME);
      assertThat(learnedOnly.search("Andres Manuel Lopez Obrador", 10).hits()).extracting(Hit::id)
          .contains("002_93535a9ed92f4643.txt");
    }
  }

  @Test
  void readsALowerCaseCommonWordAsTheWord() {
    // Europarl defines TEN ("transeuropeiska nät (TEN)"); "ten" is a word of hundreds of English and Dutch documents.
    QueryBuilder queries = new QueryBuilder(TildeAnalysis.standard());
    assertThat(queries.build("TEN", TestIndexes.seedsAndEuroparlReader()).acronyms())
        .contains("ten=transeuropeiska nat");
    assertThat(queries.build("ten", TestIndexes.seedsAndEuroparlReader()).acronyms()).isEmpty();
    // A rare word is read as the acronym however it is typed.
    assertThat(queries.build("kla", TestIndexes.seedsAndEuroparlReader()).acronyms())
        .containsExactly("kla=kosovo liberation army");
  }

  @Test
  void snippetsMarkTheLongFormAsWritten() {
    Hit spelledOut = index.search("SBA", 100).hits().stream()
        .filter(h -> !has("SBA").test(TEXT_BY_ID.get(h.id()))).findFirst().orElseThrow();
    assertThat(spelledOut.snippets()).anySatisfy(s -> assertThat(s.marked("<mark>", "</mark>"))
        .containsPattern("<mark>Small Business Act</mark>|<mark>Small</mark> <mark>Business</mark> <mark>Act</mark>"));
  }

  private static final List<String> SEEDS_WITH_THE_FULL_NAME = List.of("000_355b59ce4fb1aa64.txt",
      "001_3243c8592de719a6.txt", "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt",
      "004_90803ba7146971af.txt");

  private static List<String> texts(List<Hit> hits) {
    return hits.stream().map(h -> TEXT_BY_ID.get(h.id())).toList();
  }

  /** Whether a text holds {@code words} as written, as whole words. */
  private static Predicate<String> has(String words) {
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])");
    return text -> pattern.matcher(text).find();
  }

}

package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile queries on the seeds + Europarl index: each gets an answer or a clear error, never a crash, and in time
 * linear in its length (the timeouts are about ten times what each needs).
 */
class BoundedQueryTest {
  private static final int MEGABYTE = 1 << 20;

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

  /** Every shape the tests below repeat: query syntax, word characters, and characters between words. */
  private static final List<String> SHAPES = List.of("a", "á", "7", "\uD835\uDC9C", "_", ".", "_.", "a.", "\"",
      "/", "~", ":", "a:", "\\", "*?", "?a", "()", "-", "&&", " x", "\u200b", "\u4e00", "/(.*.?)/ ", "/.{1,300}/ ",
      "\"\" ", "[ TO ] ", "^", "{} ");

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aMegabyteOfAnyShapeIsRefusedAtOnce() {
    for (String shape : SHAPES) {
      String query = shape.repeat(MEGABYTE / shape.length());
      assertThatThrownBy(() -> index.search(query, 10))
          .as(shape)
          .isInstanceOf(TildeException.class)
          .hasMessageStartingWith("query too long: ")
          .hasMessageMatching("query too long: \\d+ (words \\(at most 64\\)|characters \\(at most 4096\\))");
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void theLongestQueryOfAnyShapeRunsQuickly() {
    for (String shape : SHAPES) {
      String query = shape.repeat(QueryBuilder.MAX_LENGTH / shape.length());
      try {
        SearchResults results = index.search(query, 10);
        assertThat(results.suggestion()).as(shape).isNull();
      } catch (TildeException refused) {
        assertThat(refused.getMessage()).as(shape).startsWith("query ").doesNotContain("\n").hasSizeLessThan(100);
      }
    }
  }

  @Test
  void aWordLongerThanTheCapIsRefused() {
    int tooLong = QueryBuilder.MAX_WORD_LENGTH + 1;
    for (String word : List.of("a".repeat(tooLong), "á".repeat(tooLong), "7".repeat(tooLong), "a_".repeat(tooLong / 2),
        "_".repeat(tooLong), "obrador " + "\uD835\uDC9C".repeat(tooLong))) {
      assertThatThrownBy(() -> index.search(word, 10))
          .isInstanceOf(TildeException.class)
          .hasMessage("query word too long: " + tooLong + " characters (at most " + QueryBuilder.MAX_WORD_LENGTH + ")");
    }
    assertThat(index.search("a".repeat(QueryBuilder.MAX_WORD_LENGTH), 10).hits()).isEmpty();
    // Each ideograph is a word of its own, as the tokenizer reads them.
    assertThatThrownBy(() -> index.search("\u4e00".repeat(QueryBuilder.MAX_WORDS + 1), 10))
        .hasMessage("query too long: 65 words (at most " + QueryBuilder.MAX_WORDS + ")");
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void theMostWordsOfTheLongestLengthThatFitsRunQuickly() {
    int length = QueryBuilder.MAX_LENGTH / QueryBuilder.MAX_WORDS - 1;
    for (String joint : List.of(".", ":", " ", "-", "'")) {
      String query = IntStream.range(0, QueryBuilder.MAX_WORDS)
          .mapToObj(i -> String.valueOf((char) ('a' + i % 26)).repeat(length))
          .collect(Collectors.joining(joint));
      assertThat(index.search(query, 10).suggestion()).as(joint).isNull();
    }
  }

  @Test
  @Timeout(value = 15, unit = TimeUnit.SECONDS)
  void typoToleranceOfTheMostWordsOfTheLongestTolerantLengthRunsQuickly() throws IOException {
    // Real words, misspelt and stretched to the longest length that still gets typo tolerance and suggestions.
    List<String> words = Europarl.documents().stream()
        .flatMap(doc -> List.of(doc.body().split("[^\\p{IsAlphabetic}]+")).stream())
        .filter(w -> w.length() >= 12).distinct().limit(QueryBuilder.MAX_WORDS)
        .map(w -> (w.substring(0, 1) + "x" + w.substring(1)).repeat(QueryBuilder.MAX_TYPO_TOLERANT_LENGTH)
            .substring(0, QueryBuilder.MAX_TYPO_TOLERANT_LENGTH))
        .toList();
    assertThat(index.search(String.join(" ", words), 10).total()).isNotNegative();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void hugeRepetitionsAndIntersectionsInARegexAreReadAsKeywords() {
    List<String> monsters = List.of("/.{1,100000}/", "/a{50000}{1000}/", "/" + "(.*a.*)&".repeat(50) + "b/",
        "/" + ".".repeat(QueryBuilder.MAX_LENGTH - 2) + "/", "/" + "[!-~]".repeat(800) + "/",
        "/" + "(.*)".repeat(RegexpBudget.MAX_LENGTH / 4 + 1) + "/", "/.{1,1001}/", "/.{1,400}/ /.{1,400}/ /.{1,400}/",
        "/".repeat(QueryBuilder.MAX_LENGTH));
    for (String regex : monsters) {
      String shown = regex.substring(0, Math.min(20, regex.length()));
      SearchResults results = index.search(regex, 10);
      assertThat(results.parsedAs()).as(shown).isEqualTo(ParsedQuery.KEYWORDS);
      assertThat(results.suggestion()).as(shown).isNull();
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void regexesWithinTheBudgetRun() {
    assertThat(index.search("/obrad.r/", 10).hits()).isNotEmpty();
    assertThat(index.search("/gu[a-z]{1,3}temala/", 10).hits()).isNotEmpty();
    assertThat(index.search("/.{1,20}ción/", 10).total()).isGreaterThan(100);
    for (String regex : List.of("(.*.?)".repeat(RegexpBudget.MAX_LENGTH / 6), ".{1,1000}",
        "(.*!.*)&(.*-.*)&(.*'.*)", "~(.*)".repeat(RegexpBudget.MAX_LENGTH / 5))) {
      assertThat(index.search("/" + regex + "/", 10).parsedAs()).as(regex).isEqualTo(ParsedQuery.SYNTAX);
    }
  }

  @Test
  void operatorsAloneAreSearchedAsKeywords() {
    for (String operators : List.of("AND AND", "OR", "NOT", "AND", "NOT NOT", "OR AND NOT", "&&", "|| !")) {
      assertThat(index.search(operators, 10).parsedAs()).as(operators).isEqualTo(ParsedQuery.KEYWORDS);
    }
    assertThat(index.search("AND AND", 10).hits()).isNotEmpty();
  }
}

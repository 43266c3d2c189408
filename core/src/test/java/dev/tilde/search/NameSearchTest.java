package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways people write names and words, searched over the seed articles and Europarl together: every form finds the
 * right documents, exact forms rank first, and snippets mark the text as written.
 */
class NameSearchTest {
  private static final Set<String> ALL_SEEDS = Set.of("000_355b59ce4fb1aa64.txt", "001_3243c8592de719a6.txt",
      "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt", "004_90803ba7146971af.txt");

  private static TildeIndex index;
  private static final Map<String, String> TEXT_BY_ID = new HashMap<>();
  private static final Map<String, String> BODY_BY_ID = new HashMap<>();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
    for (Path seed : SeedIndex.seedFiles()) {
      TEXT_BY_ID.put(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
      BODY_BY_ID.put(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
    }
    for (TildeDocument doc : Europarl.documents()) {
      TEXT_BY_ID.put(doc.id(), doc.title() + "\n" + doc.body());
      BODY_BY_ID.put(doc.id(), doc.body());
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  // 1. Accents and case

  @Test
  void findsLopezObradorHoweverTheAccentsAndCaseAreTyped() {
    for (String query : List.of("lopez obrador", "LÓPEZ OBRADOR", "López Obrador", "Lo\u0301pez Obrador")) {
      assertThat(ids(query, 50)).as(query).containsAll(ALL_SEEDS);
    }
  }

  @Test
  void decomposedAccentsSearchExactlyLikePrecomposedOnes() {
    assertThat(scored("Lo\u0301pez Obrador")).isEqualTo(scored("López Obrador"));
    assertThat(scored("an\u0303o")).isEqualTo(scored("año"));
  }

  // 2. Exact forms rank first

  @Test
  void accentedQueryRanksDocumentsWithTheExactFormFirst() {
    List<String> ranked = ids("año", 1000);
    Pattern exact = word("año");
    int lastExact = -1;
    int firstFoldedOnly = Integer.MAX_VALUE;
    for (int i = 0; i < ranked.size(); i++) {
      boolean hasExact = exact.matcher(text(ranked.get(i))).find();
      if (hasExact) {
        lastExact = i;
      } else {
        firstFoldedOnly = Math.min(firstFoldedOnly, i);
      }
    }
    assertThat(firstFoldedOnly).as("Portuguese 'ano' documents are found too").isLessThan(ranked.size());
    assertThat(lastExact).as("every 'año' document ranks above every 'ano'-only one").isLessThan(firstFoldedOnly);
  }

  @Test
  void unaccentedQueryMatchesBothFormsWithoutPreferringEither() {
    List<String> ranked = ids("ano", 1000);

    assertThat(ranked).anyMatch(id -> word("año").matcher(text(id)).find());
    assertThat(ranked).anyMatch(id -> word("ano").matcher(text(id)).find());
    assertThat(index.search("ano", 1).total()).isEqualTo(index.search("año", 1).total());
  }

  // 3. ñ and the other Spanish letters

  @Test
  void unaccentedSpanishNamesFindEveryWayTheyAreWritten() {
    assertThat(textsOf("Zuniga")).anyMatch(t -> t.contains("Zúñiga")).anyMatch(t -> t.contains("Zúniga"));
    assertThat(textsOf("Yanez")).anyMatch(t -> t.contains("Yañez")).anyMatch(t -> t.contains("Yáñez"));
    assertThat(rankedFirst("Pinera", "Piñera")).isTrue();
    assertThat(rankedFirst("Inigo", "Íñigo")).isTrue();
  }

  // 4. Possessives and punctuation

  @Test
  void possessivesMatchTheBareName() {
    List<String> bare = ids("Harris", 50);
    for (String query : List.of("Harris's", "Harris'", "Harris’s")) {
      assertThat(ids(query, 50)).as(query).isEqualTo(bare);
    }
    assertThat(ids("Obrador's", 50)).isEqualTo(ids("Obrador", 50));
  }

  @Test
  void hyphenatedNameMatchesTheSpacedOneAlsoAsAPhrase() {
    assertThat(ids("\"López-Obrador\"", 50)).containsExactlyInAnyOrderElementsOf(ids("\"López Obrador\"", 50));
    assertThat(ids("\"López-Obrador\"", 50)).containsAll(ALL_SEEDS);
  }

  // 5. Partial and reordered names

  @Test
  void partialAndReorderedNamesFindHim() {
    for (String query : List.of("Obrador", "López Obrador", "Andrés Manuel López Obrador", "Obrador, Andrés Manuel")) {
      assertThat(ids(query, 50)).as(query).containsAll(ALL_SEEDS);
    }
  }

  @Test
  void fullNameInOrderRanksAboveTheWordsApart() {
    List<String> ranked = ids("Andrés Manuel López Obrador", 100);

    assertThat(ranked.subList(0, 5)).containsExactlyInAnyOrderElementsOf(ALL_SEEDS);
    assertThat(ranked.subList(5, ranked.size())).as("Europarl's other Manuels and Andrés come after").isNotEmpty();
  }

  // 6. Aliases

  @Test
  void acronymFindsTheFullNameAndTheFullNameFindsTheAcronym() {
    assertThat(ids("AMLO", 50)).containsAll(ALL_SEEDS);
    List<Hit> byName = index.search("Andrés Manuel López Obrador", 10).hits();
    assertThat(byName).filteredOn(h -> h.id().startsWith("002_")).singleElement()
        .satisfies(h -> assertThat(markedSnippets(h)).contains("<mark>AMLO</mark>"));
  }

  @Test
  void aUsersOwnAliasTableAddsToTheDefaultOne(@TempDir Path dir) throws IOException {
    Path table = Files.writeString(dir.resolve("aliases.txt"), "# mine\nCommander in Chief, Joe Biden\n");
    try (TildeIndex withMine = TildeIndex.open(TestIndexes.seedsAndEuroparl(), TildeAnalysis.withAliases(table))) {
      List<String> bidenSeeds = ALL_SEEDS.stream().filter(id -> text(id).contains("Joe Biden")).toList();
      assertThat(bidenSeeds).isNotEmpty();
      assertThat(withMine.search("\"commander in chief\"", 50).hits()).extracting(Hit::id).containsAll(bidenSeeds);
      assertThat(withMine.search("AMLO", 50).hits()).extracting(Hit::id).containsAll(ALL_SEEDS);
    }
    assertThat(index.search("\"commander in chief\"", 50).hits()).extracting(Hit::id)
        .doesNotContain("002_93535a9ed92f4643.txt");
  }

  // 7. Typos

  @Test
  void oneOrTwoWrongLettersStillFindTheName() {
    assertThat(textsOf("Giammatei")).hasSize(4).allMatch(t -> t.contains("Giammattei"));
    assertThat(textsOf("Obrudar")).isEmpty(); // two edits in a 7-letter word: too many
    assertThat(ids("Obrdaor", 50)).containsAll(ALL_SEEDS); // one transposition
    assertThat(textsOf("Guatamela")).isNotEmpty().allMatch(t -> t.contains("Guatemala")); // two edits, 9 letters
  }

  @Test
  void aWrongFirstLetterIsNotTakenForATypo() {
    assertThat(textsOf("Pbrador")).isEmpty();
    assertThat(textsOf("Obradir")).isNotEmpty().allMatch(t -> t.contains("Obrador"));
    assertThat(textsOf("Kuatemala")).isEmpty();
  }

  @Test
  void aFourLetterWordTheIndexLacksMatchesOnlyItsCorrectionWithTwoLettersSwapped() {
    assertThat(textsOf("Kahn")).isNotEmpty();
    assertThat(textsOf("Kanh")).isNotEmpty().allMatch(t -> t.contains("Kahn"));
    assertThat(textsOf("Kahm")).as("one letter off: Kahn? kaum?").isEmpty();
    assertThat(textsOf("Kha")).as("three letters get no correction").isEmpty();
  }

  @Test
  void exactMatchesRankAboveTypoMatches() {
    // A word in fewer documents than it takes to turn typo tolerance off (three); "haciendo" is one letter off.
    List<String> ranked = ids("habiendo", 1000);
    Pattern exact = word("habiendo");
    int firstTypoOnly = Integer.MAX_VALUE;
    int lastExact = -1;
    for (int i = 0; i < ranked.size(); i++) {
      if (exact.matcher(folded(text(ranked.get(i)))).find()) {
        lastExact = i;
      } else {
        firstTypoOnly = Math.min(firstTypoOnly, i);
      }
    }
    assertThat(firstTypoOnly).as("typo matches such as haciendo exist").isLessThan(ranked.size());
    assertThat(lastExact).isLessThan(firstTypoOnly);
  }

  // 8. Stemming without damage

  @Test
  void englishWordsMatchTheirInflections() {
    // Europarl never says "migrating", but its English documents say "migration". Bodies are stemmed, titles not.
    List<Hit> hits = index.search("migrating", 100).hits();
    java.util.function.Predicate<Hit> stemMatch =
        h -> "en".equals(h.lang()) && BODY_BY_ID.get(h.id()).toLowerCase(Locale.ROOT).contains("migrat");
    List<Hit> stemMatches = leading(hits, stemMatch);
    assertThat(stemMatches).anyMatch(h -> !h.id().endsWith(".txt"));
    assertThat(hits.subList(stemMatches.size(), hits.size()))
        .as("English documents with an inflection of the word rank above mere typo matches")
        .noneMatch(stemMatch);
    assertThat(ids("migrants", 50)).containsAll(ALL_SEEDS);
  }

  @Test
  void spanishWordsAreStemmedAsSpanish() {
    List<Hit> hits = index.search("comisiones", 100).hits();
    assertThat(hits).anyMatch(h -> word("comisión").matcher(text(h.id())).find()
        && !word("comisiones").matcher(text(h.id())).find());
    assertThat(hits).allMatch(h -> "es".equals(h.lang()));
  }

  @Test
  void eachDocumentRecordsItsLanguage() {
    assertThat(index.search("Obrador", 5).hits()).extracting(Hit::lang).containsOnly("en");
    assertThat(index.search("\"señor presidente\"", 20).hits()).extracting(Hit::lang).containsOnly("es");
  }

  // 9. Phrases stay exact

  @Test
  void phrasesMatchOnlyThosePhrases() {
    for (String phrase : List.of("do not come", "Remain in Mexico")) {
      List<String> texts = textsOf("\"" + phrase + "\"");
      assertThat(texts).as(phrase).isNotEmpty()
          .allMatch(t -> folded(t).replaceAll("\\s+", " ").contains(folded(phrase)));
    }
  }

  // 10. Highlighting shows the original text

  @Test
  void snippetsMarkTheTextAsWrittenWhateverFormMatched() {
    assertThat(marked("lopez obrador")).contains("<mark>López Obrador</mark>");
    assertThat(marked("AMLO")).contains("<mark>Andrés Manuel López Obrador</mark>");
    assertThat(marked("Giammatei")).contains("<mark>Giammattei</mark>");
    assertThat(marked("Zuniga")).contains("<mark>Zúñiga</mark>");
    assertThat(marked("Harris's")).contains("<mark>Harris</mark>");
    assertThat(marked("migrating")).containsPattern("<mark>[Mm]igration</mark>");
  }

  /** The longest run of {@code hits}, from the first, that satisfy {@code test}. */
  private static List<Hit> leading(List<Hit> hits, java.util.function.Predicate<Hit> test) {
    int n = 0;
    while (n < hits.size() && test.test(hits.get(n))) {
      n++;
    }
    return hits.subList(0, n);
  }

  /** Whether every document that contains {@code form} ranks above every one that does not, for {@code query}. */
  private static boolean rankedFirst(String query, String form) {
    List<String> texts = textsOf(query);
    long having = TEXT_BY_ID.values().stream().filter(t -> t.contains(form)).count();
    return having > 0 && texts.size() >= having && texts.subList(0, (int) having).stream().allMatch(t -> t.contains(form));
  }

  private static List<String> ids(String query, int limit) {
    return index.search(query, limit).hits().stream().map(Hit::id).toList();
  }

  private static List<String> scored(String query) {
    return index.search(query, 50).hits().stream().map(h -> h.id() + "=" + h.score()).toList();
  }

  private static List<String> textsOf(String query) {
    return index.search(query, 1000).hits().stream().map(h -> text(h.id())).toList();
  }

  private static String marked(String query) {
    return index.search(query, 20).hits().stream().map(NameSearchTest::markedSnippets)
        .collect(Collectors.joining("\n"));
  }

  private static String markedSnippets(Hit hit) {
    return hit.snippets().stream().map(s -> s.marked("<mark>", "</mark>")).collect(Collectors.joining(" … "));
  }

  private static String text(String id) {
    return TEXT_BY_ID.get(id);
  }

  private static Pattern word(String w) {
    return Pattern.compile("(?<![\\p{L}\\p{M}])" + Pattern.quote(w) + "(?![\\p{L}\\p{M}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static String folded(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}

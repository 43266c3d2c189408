package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A name typed as it sounds in Spanish, over the seeds and Europarl: it finds the spellings the text has, even with
 * another first letter, below the form typed and below its typos, marked as the text writes it; a common word
 * gets no such form.
 */
class SoundsLikeSearchTest {
  private static TildeIndex index;
  /** Each Europarl document's title and body, folded. */
  private static final FoldedCorpus TEXTS = FoldedCorpus.ofEuroparl();
  /** Each Europarl document's body as written: the names it keys. */
  private static final Map<String, String> TEXT = new HashMap<>();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
    for (TildeDocument doc : Europarl.documents()) {
      TEXT.put(doc.id(), doc.body());
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void findsANameTypedWithAnotherFirstLetter() {
    // Europarl writes Berlusconi, never Verlusconi: typo tolerance never changes a first letter.
    assertThat(holding("verlusconi")).isEmpty();
    Set<String> inSentences = writing("[\\p{Ll},] Berlusconi\\b");
    assertThat(inSentences).hasSizeGreaterThan(5);

    List<String> hits = ids("Verlusconi", 100);
    assertThat(hits).containsAll(inSentences).allMatch(id -> TEXTS.of(id).contains(" berlusconi"));
    assertThat(marked("Verlusconi", 3)).contains("<mark>Berlusconi</mark>");
  }

  @Test
  void findsANameTypedWithoutItsSilentH() {
    Set<String> hernandez = writing("[\\p{Ll},] Hernández\\b");
    assertThat(hernandez).isNotEmpty();
    assertThat(holding("ernandez")).isEmpty();

    assertThat(ids("Ernández", 20)).containsAll(hernandez);
    assertThat(ids("ernandez", 20)).containsAll(hernandez);
    assertThat(marked("Ernández", 3)).contains("<mark>Hernández</mark>");
  }

  @Test
  void ranksTheFormTypedAboveTheOtherSpellings() {
    // Saakashvili and Saakaszwili are both in Europarl's names: the form typed ranks first, then the other spelling.
    Set<String> saakashvili = holding("saakashvili");
    Set<String> saakaszwiliOnly = holding("saakaszwili");
    saakaszwiliOnly.removeAll(saakashvili);
    assertThat(saakashvili).isNotEmpty();
    assertThat(saakaszwiliOnly).isNotEmpty();

    assertThat(layers("Saakashvili", saakashvili, saakaszwiliOnly)).isTrue();
  }

  @Test
  void aNameInManyDocumentsIsSpeltAsTyped() {
    // González is in more documents than typos are looked for in (5): its spelling is settled, Gonzales is another.
    Set<String> gonzalesOnly = holding("gonzales");
    gonzalesOnly.removeAll(holding("gonzalez"));
    assertThat(gonzalesOnly).isNotEmpty();

    assertThat(ids("González", 10_000)).isNotEmpty().doesNotContainAnyElementsOf(gonzalesOnly);
  }

  @Test
  void ranksTheTyposOfAWordTheIndexLacksAboveWhatOnlySoundsLikeIt() {
    // "Bidal" is one letter from Birdal, a typo's reach, and sounds as Vidal, which only the sound key reaches.
    Set<String> birdal = holding("birdal");
    Set<String> vidal = writing("[\\p{Ll},] Vidal\\b");
    vidal.removeAll(birdal);
    assertThat(birdal).isNotEmpty();
    assertThat(vidal).isNotEmpty();

    assertThat(layers("Bidal", birdal, vidal)).isTrue();
  }

  @Test
  void aWordTypedInLowerCaseThatTheIndexHasGetsNoOtherSpellings() {
    // Europarl writes Corsica, and in other languages Korsika; typed with a capital, as a name, Corsica finds both.
    Set<String> korsikaOnly = writing("[\\p{Ll},] Korsika\\b");
    korsikaOnly.removeAll(holding("corsica"));
    assertThat(korsikaOnly).isNotEmpty();

    assertThat(ids("corsica", 10_000)).doesNotContainAnyElementsOf(korsikaOnly);
    assertThat(ids("Corsica", 10_000)).containsAll(korsikaOnly);
  }

  /**
   * Whether, in {@code query}'s hits, every document of {@code first} ranks above every document of {@code second},
   * and both are found.
   */
  private static boolean layers(String query, Set<String> first, Set<String> second) {
    return RankedIds.inLayers(ids(query, 1000), first, second, false);
  }

  /** The Europarl documents whose folded title or body holds {@code words} as words. */
  private static Set<String> holding(String words) {
    return TEXTS.holding(words);
  }

  /** The Europarl documents whose body as written matches {@code regex}. */
  private static Set<String> writing(String regex) {
    Pattern pattern = Pattern.compile(regex);
    return TEXT.entrySet().stream().filter(e -> pattern.matcher(e.getValue()).find()).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static List<String> ids(String query, int limit) {
    return RankedIds.of(index, query, limit);
  }

  private static String marked(String query, int limit) {
    return RankedIds.marked(index, query, limit);
  }
}

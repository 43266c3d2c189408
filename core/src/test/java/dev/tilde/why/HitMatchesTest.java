package dev.tilde.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How each typed word matched a hit, over the seeds and Europarl: the kind of match, and the document's own words.
 */
class HitMatchesTest {
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
  void saysFoldedWithTheAccentedFormForLopezObrador() {
    List<Hit> hits = why("Lopez Obrador", 5);
    assertThat(hits).isNotEmpty();
    assertThat(hits).allSatisfy(hit -> assertThat(hit.matches())
        .contains(new WordMatch("Obrador", MatchKind.EXACT, "Obrador")));
    assertThat(hits).anySatisfy(hit -> assertThat(hit.matches())
        .contains(new WordMatch("Lopez", MatchKind.FOLDED, "López")));
    // the typed words first, in the order typed
    assertThat(hits.get(0).matches()).startsWith(new WordMatch("Lopez", MatchKind.FOLDED, "López"),
        new WordMatch("Obrador", MatchKind.EXACT, "Obrador"));
  }

  @Test
  void saysExactForTheAccentsAsTyped() {
    assertThat(why("López", 3)).allSatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("López", MatchKind.EXACT, "López")));
  }

  @Test
  void saysAliasForAmloWhereTheTextWritesTheFullName() {
    List<Hit> hits = why("AMLO", 5);
    assertThat(hits).anySatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("AMLO", MatchKind.ALIAS, "Andrés Manuel López Obrador")));
    assertThat(hits).anySatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("AMLO", MatchKind.EXACT, "AMLO")));
  }

  @Test
  void saysTypoForObrdaor() {
    List<Hit> hits = why("Obrdaor", 5);
    assertThat(hits).hasSize(5).allSatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("Obrdaor", MatchKind.TYPO, "Obrador")));
  }

  @Test
  void saysSoundsLikeForANameTypedWithAnotherFirstLetter() {
    assertThat(why("Verlusconi", 5)).isNotEmpty().allSatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("Verlusconi", MatchKind.SOUNDS_LIKE, "Berlusconi")));
  }

  @Test
  void saysStemWhereTheTextWritesAnotherFormOfTheWord() {
    assertThat(why("migrating", 10)).anySatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("migrating", MatchKind.STEM, "migration")));
  }

  @Test
  void saysNicknameForCathyAshtonWhereTheTextWritesCatherine() {
    assertThat(why("Cathy Ashton", 10)).anySatisfy(hit -> assertThat(hit.matches())
        .contains(new WordMatch("Cathy", MatchKind.NICKNAME, "Catherine Ashton")));
  }

  @Test
  void saysGivenNameVariantForXavierSolanaWhereTheTextWritesJavier() {
    assertThat(why("Xavier Solana", 5)).anySatisfy(hit -> assertThat(hit.matches())
        .contains(new WordMatch("Xavier", MatchKind.GIVEN_NAME_VARIANT, "Javier Solana")));
  }

  @Test
  void saysGivenNameVariantForInitialsWhereTheTextWritesTheNames() {
    assertThat(why("J. M. Barroso", 20)).anySatisfy(hit -> assertThat(hit.matches())
        .anySatisfy(match -> {
          assertThat(match).isEqualTo(new WordMatch("J. M.", MatchKind.GIVEN_NAME_VARIANT, "José Manuel Barroso"));
        }));
  }

  @Test
  void saysAcronymForALongFormTheTextAbbreviates() {
    assertThat(why("Kosovo Liberation Army", 5)).anySatisfy(hit -> assertThat(hit.matches())
        .contains(new WordMatch("Kosovo Liberation Army", MatchKind.ACRONYM, "KLA")));
  }

  @Test
  void saysAcronymForAnAcronymTheTextSpellsOut() {
    assertThat(why("SBA", 20)).anySatisfy(hit -> assertThat(hit.matches())
        .containsExactly(new WordMatch("SBA", MatchKind.ACRONYM, "Small Business Act")));
  }

  @Test
  void tellsTheTypedWordsOfAnAliasOnlyOnce() {
    // "Joe Biden" is in the alias table: where the text writes it so, the words matched as typed.
    assertThat(why("Joe Biden", 2)).allSatisfy(hit -> assertThat(hit.matches()).containsExactly(
        new WordMatch("Joe", MatchKind.EXACT, "Joe"), new WordMatch("Biden", MatchKind.EXACT, "Biden")));
  }

  @Test
  void aPlainSearchSaysNothing() {
    assertThat(index.search("Lopez Obrador", SearchOptions.defaults().withLimit(5)).hits())
        .isNotEmpty().allSatisfy(hit -> assertThat(hit.matches()).isEmpty());
  }

  @Test
  void everyKindHasOneLabelThatReadsBack() {
    for (MatchKind kind : MatchKind.values()) {
      assertThat(MatchKind.ofLabel(kind.label())).isEqualTo(kind);
    }
    assertThat(MatchKind.ofLabel("sounds like")).isEqualTo(MatchKind.SOUNDS_LIKE);
  }

  private static List<Hit> why(String query, int limit) {
    List<Hit> hits = index.search(query, SearchOptions.defaults().withLimit(limit).withWhy(true)).hits();
    return hits;
  }
}

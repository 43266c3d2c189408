package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Names with a particle or conjunction inside, typed with it or without it, over Europarl: the text writes "Méndez de
 * Vigo" 19 times and never "Méndez Vigo", "Romeva i Rueda" 18 times and "Romeva Rueda" once, "Karl von Wogau".
 */
class NameParticleSearchTest {
  private static TildeIndex index;
  /** Each Europarl document's title and body, folded. */
  private static final FoldedCorpus TEXTS = FoldedCorpus.ofEuroparl();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void nameTypedWithoutItsParticleRanksTheNameWithItFirst() {
    Set<String> mendezDeVigo = holding("mendez de vigo");
    assertThat(mendezDeVigo).hasSizeGreaterThan(10);
    assertThat(holding("mendez vigo")).isEmpty();
    assertThat(others("mendez", "vigo", mendezDeVigo)).isNotEmpty(); // other Méndezes, the city of Vigo

    assertThat(layers("Méndez Vigo", mendezDeVigo, Set.of())).isTrue();
    assertThat(layers("Loyola Palacio", holding("loyola de palacio"), Set.of())).isTrue();
    assertThat(layers("Karl Wogau", holding("karl von wogau"), Set.of())).isTrue();
  }

  @Test
  void nameTypedWithItsParticleFindsTheNameWithoutItNextAndTheNameAsTypedFirst() {
    Set<String> withParticle = holding("romeva i rueda");
    Set<String> without = holding("romeva rueda");
    assertThat(withParticle).hasSizeGreaterThan(10);
    assertThat(without).hasSize(1);

    assertThat(layers("Romeva i Rueda", withParticle, without)).isTrue();
    assertThat(layers("Romeva Rueda", without, withParticle)).isTrue();
  }

  @Test
  void particleAloneNeverCarriesAHit() {
    // "i", "de", "von" and "del" are in thousands of documents; the names' words (and their typos) in a few dozen.
    for (String query : List.of("Romeva i Rueda", "Méndez de Vigo", "Karl von Wogau", "Menéndez del Valle")) {
      List<String> words = List.of(query.split(" "));
      Set<String> names = Set.copyOf(ids(words.get(0) + " OR " + words.get(words.size() - 1), 100_000));
      assertThat(names).as(query).hasSizeLessThan(1000);
      assertThat(ids(query, 100_000)).as(query).isNotEmpty().allMatch(names::contains);
    }
  }

  @Test
  void particlesRankWhatTheTypedNamesFindAndFindNothingElse() {
    for (String query : List.of("Méndez Vigo", "Romeva Rueda", "Karl Wogau")) {
      Set<String> together = Set.copyOf(ids(query, 100_000));
      Set<String> apart = Set.copyOf(ids(String.join(" OR ", query.split(" ")), 100_000));
      assertThat(together).as(query).isEqualTo(apart);
    }
  }

  /** The documents holding {@code a} or {@code b} but none of {@code but}. */
  private static Set<String> others(String a, String b, Set<String> but) {
    Set<String> others = TEXTS.matching(text -> text.contains(" " + a + " ") || text.contains(" " + b + " "));
    others.removeAll(but);
    return others;
  }

  /**
   * Whether, in {@code query}'s hits, every document of {@code first} ranks above every document of {@code second},
   * and every document of both above every other document.
   */
  private static boolean layers(String query, Set<String> first, Set<String> second) {
    return RankedIds.inLayers(ids(query, 200), first, second, true);
  }

  /** The Europarl documents whose folded title or body holds {@code words} side by side. */
  private static Set<String> holding(String words) {
    return TEXTS.holding(words);
  }

  private static List<String> ids(String query, int limit) {
    return RankedIds.of(index, query, limit);
  }
}

package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A person typed with another form of the given name than the text's, over the seeds and Europarl: the same name in
 * another language, a nickname or the name it is short for, initials. Which documents name a person so is read from
 * the text itself ("Javier Solana" 8 times, "Xavier Solana" once; "Catherine Ashton" and "Cathy Ashton").
 */
class NameVariantSearchTest {
  private static TildeIndex index;
  /** Each document's title and body, folded. */
  private static final FoldedCorpus TEXTS = FoldedCorpus.ofEuroparl();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
    for (Path seed : SeedIndex.seedFiles()) {
      TEXTS.add(seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void findsJoaquinFromJoaquim() {
    Set<String> joaquin = holding("joaquin almunia");
    assertThat(joaquin).hasSize(2);
    assertThat(holding("joaquim almunia")).isEmpty();

    assertThat(ids("Joaquim Almunia", 2)).containsExactlyInAnyOrderElementsOf(joaquin);
    assertThat(marked("Joaquim Almunia", 2)).contains("<mark>Joaquín Almunia</mark>");
  }

  @Test
  void givenNameInAnotherLanguageRanksBelowTheExactFormAboveTheSurnameAlone() {
    Set<String> javier = holding("javier solana");
    Set<String> xavier = holding("xavier solana");
    assertThat(javier).hasSizeGreaterThan(5);
    assertThat(xavier).hasSize(1);

    assertThat(layers("Xavier Solana", xavier, javier)).isTrue();
    assertThat(layers("Javier Solana", javier, xavier)).isTrue();
  }

  @Test
  void nicknameBesideSurnameFindsFullName() {
    Set<String> catherine = holding("catherine ashton");
    Set<String> cathy = holding("cathy ashton");
    assertThat(catherine).hasSizeGreaterThan(2);
    assertThat(cathy).hasSize(2);

    assertThat(layers("Cathy Ashton", cathy, catherine)).isTrue();
    assertThat(layers("Catherine Ashton", catherine, cathy)).isTrue();
    assertThat(layers("Jimmy Provan", holding("jimmy provan"), holding("james provan"))).isTrue();
    assertThat(layers("Bob Evans", Set.of(), holding("robert evans"))).isTrue();
  }

  @Test
  void nicknameFindsTheFullNameInTheSeedsBothWays() {
    Set<String> joe = holding("joe biden");
    assertThat(joe).hasSize(2);

    assertThat(layers("Joseph Biden", holding("joseph biden"), joe)).isTrue();
    assertThat(layers("Anthony Blair", Set.of(), holding("tony blair"))).isTrue();
  }

  @Test
  void nicknameOfTwoGivenNamesFindsThemNextToTheSurname() {
    // Europarl writes "José Manuel Barroso" (or "José Manuel Durão Barroso"), never "Josema Barroso".
    Set<String> joseManuel = new HashSet<>(holding("jose manuel barroso"));
    joseManuel.addAll(holding("jose manuel durao barroso"));
    assertThat(joseManuel).hasSizeGreaterThan(10);

    assertThat(layers("Josema Barroso", Set.of(), joseManuel)).isTrue();
  }

  @Test
  void initialBesideSurnameFindsFullGivenNames() {
    Set<String> tony = holding("tony blair");
    assertThat(holding("t blair")).isEmpty();
    assertThat(layers("T. Blair", Set.of(), tony)).isTrue();
    assertThat(layers("T Blair", Set.of(), tony)).isTrue();

    Set<String> amlo = holding("andres manuel lopez obrador");
    assertThat(amlo).hasSizeGreaterThan(1);
    for (String query : List.of("A. M. López Obrador", "A.M. Lopez Obrador")) {
      assertThat(layers(query, Set.of(), amlo)).as(query).isTrue();
    }
    assertThat(marked("A.M. Lopez Obrador", amlo.size())).contains("<mark>Andrés Manuel López Obrador</mark>");
  }

  @Test
  void initialTypedAsTheTextWritesItRanksAboveTheNamesItStandsFor() {
    Set<String> initial = holding("c ashton");
    assertThat(initial).isNotEmpty();
    Set<String> names = new HashSet<>(holding("catherine ashton"));
    names.addAll(holding("cathy ashton"));

    assertThat(layers("C. Ashton", initial, names)).isTrue();
  }

  @Test
  void givenNameAloneFindsNoEquivalents() {
    // Words of four letters get no typo tolerance: every hit holds the word as typed.
    for (String name : List.of("Mary", "Bill", "Paco", "Pepe")) {
      String folded = FoldedCorpus.folded(name);
      assertThat(index.search(name, 1000).hits()).as(name)
          .allMatch(hit -> TEXTS.of(hit.id()).contains(" " + folded));
    }
    assertThat(index.search("Jorge", 1000).hits()).isNotEmpty()
        .noneMatch(hit -> TEXTS.of(hit.id()).contains(" george ") && !TEXTS.of(hit.id()).contains(" jorge "));
  }

  @Test
  void aCommonWordOrALetterIsNoNameWhereItStandsNotBeforeASurname() {
    // "Energy Bill" and "plan B" read as words: the same hits, in the same order, as typed in lower case.
    assertThat(ids("Energy Bill", 20)).isEqualTo(ids("energy bill", 20));
    assertThat(ids("plan B", 20)).isEqualTo(ids("plan b", 20));
    assertThat(ids("Bill payment", 20)).isEqualTo(ids("bill payment", 20));
  }

  @Test
  void variantsRankWhatTheTypedWordsFindAndFindNothingElse() {
    for (String query : List.of("Anthony Blair", "Bob Evans", "T. Blair", "Xavier Solana", "Josema Barroso",
        "Mary recipe")) {
      Set<String> together = Set.copyOf(ids(query, 100_000));
      Set<String> apart = Set.copyOf(ids(String.join(" OR ", query.split(" ")), 100_000));
      assertThat(together).as(query).isEqualTo(apart);
    }
  }

  /**
   * Whether, in {@code query}'s hits, every document of {@code first} ranks above every document of {@code second},
   * and every document of both above every other document.
   */
  private static boolean layers(String query, Set<String> first, Set<String> second) {
    return RankedIds.inLayers(ids(query, 200), first, second, true);
  }

  /** The documents whose folded title or body holds {@code words} side by side. */
  private static Set<String> holding(String words) {
    return TEXTS.holding(words);
  }

  private static List<String> ids(String query, int limit) {
    return RankedIds.of(index, query, limit);
  }

  private static String marked(String query, int limit) {
    return RankedIds.marked(index, query, limit);
  }
}

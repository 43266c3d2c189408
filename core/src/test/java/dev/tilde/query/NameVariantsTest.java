package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The other forms of a given name: in other languages, nicknames both ways, and the names an initial stands for. */
class NameVariantsTest {
  @Test
  void givenNameHasItsEquivalentsInOtherLanguages() {
    assertThat(NameVariants.of("joaquim")).contains("joaquim", "joaquin", "joachim");
    assertThat(NameVariants.of("jorge")).contains("george", "jordi");
    assertThat(NameVariants.of("juan")).contains("john", "joan");
    assertThat(NameVariants.of("jaime")).contains("james", "jaume").doesNotContain("jacob", "diego");
    assertThat(NameVariants.of("felipe")).contains("philip");
    assertThat(NameVariants.of("maria")).contains("mary");
  }

  @Test
  void nicknameHasItsFullNamesAndTheirsInOtherLanguages() {
    assertThat(NameVariants.of("bill")).contains("william", "guillermo", "will");
    assertThat(NameVariants.of("paco")).contains("francisco", "francis", "francesc");
    assertThat(NameVariants.of("pepe")).contains("jose", "joseph", "joe");
    assertThat(NameVariants.of("quique")).contains("enrique", "henry");
    assertThat(NameVariants.of("lupe")).contains("guadalupe");
  }

  @Test
  void fullNameHasItsNicknames() {
    assertThat(NameVariants.of("robert")).contains("bob", "rob", "bobby");
    assertThat(NameVariants.of("joseph")).contains("joe", "pepe");
    assertThat(NameVariants.of("guadalupe")).contains("lupe", "lupita");
  }

  @Test
  void nicknameOfTwoGivenNamesStandsForBothWords() {
    assertThat(NameVariants.longer("chema")).containsExactly(List.of("jose", "maria"));
    assertThat(NameVariants.shorter(List.of("jose", "maria"))).contains("chema", "txema");
    assertThat(NameVariants.longer("paco")).isEmpty();
  }

  @Test
  void initialStandsForItselfAndEveryNameWithThatFirstLetter() {
    assertThat(NameVariants.ofInitial('j')).contains("j", "john", "jose", "joe", "joaquin")
        .allMatch(name -> name.startsWith("j"));
  }

  @Test
  void wordOfNoTableHasOnlyItself() {
    assertThat(NameVariants.of("pittella")).containsExactly("pittella");
  }
}

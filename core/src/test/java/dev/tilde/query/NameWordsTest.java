package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.NameWords.Kind;
import dev.tilde.query.NameWords.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the words of a typed run are in people's names. */
class NameWordsTest {
  @Test
  void initialsBeforeASurnameAreGivenNames() {
    assertThat(kinds("J. Smith")).containsExactly(Kind.INITIALS, Kind.SURNAME);
    assertThat(kinds("J Smith")).containsExactly(Kind.INITIALS, Kind.SURNAME);
    assertThat(kinds("J. smith")).containsExactly(Kind.INITIALS, Kind.SURNAME);
    assertThat(kinds("A. M. López Obrador"))
        .containsExactly(Kind.INITIALS, Kind.INITIALS, Kind.SURNAME, Kind.SURNAME);
    assertThat(NameWords.of(TildeAnalysis.standard(), "A.M. Lopez Obrador").words().get(0))
        .isEqualTo(new Word("a.m", Kind.INITIALS));
  }

  @Test
  void aLetterAfterAWordOrBeforeALowerCaseOneIsAWord() {
    assertThat(kinds("plan B")).containsOnly(Kind.SURNAME);
    assertThat(kinds("vitamin C")).containsOnly(Kind.SURNAME);
    assertThat(kinds("B plan")).containsOnly(Kind.SURNAME);
    assertThat(kinds("j smith")).containsOnly(Kind.SURNAME);
  }

  @Test
  void nicknameThatIsACommonWordIsANameOnlyWithACapitalBeforeACapitalisedSurname() {
    assertThat(kinds("Bill Clinton")).containsExactly(Kind.GIVEN_NAME, Kind.SURNAME);
    assertThat(kinds("bill clinton")).containsOnly(Kind.SURNAME);
    assertThat(kinds("Energy Bill")).containsOnly(Kind.SURNAME);
    assertThat(kinds("Bill payment")).containsOnly(Kind.SURNAME);
    // A nickname that is no common word is a name however it is typed, as a given name is.
    assertThat(kinds("paco lopez")).containsExactly(Kind.GIVEN_NAME, Kind.SURNAME);
    assertThat(kinds("Lopez Tony")).containsExactly(Kind.SURNAME, Kind.GIVEN_NAME);
  }

  @Test
  void honorificsStayHonorifics() {
    assertThat(kinds("Mr Tony Blair")).containsExactly(Kind.HONORIFIC, Kind.GIVEN_NAME, Kind.SURNAME);
  }

  @Test
  void whereEveryWordIsAGivenNameTheyArePlainWordsAndTheLastIsTheNamesSurname() {
    NameWords names = NameWords.of(TildeAnalysis.standard(), "Dave Thomas");
    assertThat(names.words()).extracting(Word::kind).containsOnly(Kind.SURNAME);
    assertThat(names.givenName("dave")).isFalse();
    assertThat(names.asName()).extracting(Word::kind).containsExactly(Kind.GIVEN_NAME, Kind.SURNAME);

    NameWords initial = NameWords.of(TildeAnalysis.standard(), "J. Martin");
    assertThat(initial.words()).extracting(Word::kind).containsOnly(Kind.SURNAME);
    assertThat(initial.asName()).extracting(Word::kind).containsExactly(Kind.INITIALS, Kind.SURNAME);
  }

  @Test
  void aWordTheRunDidNotHoldIsAGivenNameIfTheTableHasIt() {
    NameWords names = NameWords.of(TildeAnalysis.standard(), "AMLO");
    assertThat(names.givenName("andres")).isTrue();
    assertThat(names.givenName("obrador")).isFalse();
  }

  private static List<Kind> kinds(String text) {
    return NameWords.of(TildeAnalysis.standard(), text).words().stream().map(Word::kind).toList();
  }
}

package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void everySeedArticleIsEnglish() throws IOException {
    for (Path seed : SeedIndex.seedFiles()) {
      assertThat(LanguageDetector.detect(Files.readString(seed))).as(seed.toString()).isEqualTo("en");
    }
  }

  @Test
  void tellsSpanishFromPortugueseOnEuroparl() throws IOException {
    // Lines with all of a language's markers and none of the other's: Spanish says "el", "y", "que" and "los";
    // Portuguese "não", "que" and "os"; neither Italian nor Dutch uses "que".
    List<Pattern> spanish = words("el", "y", "que", "los");
    List<Pattern> portuguese = words("não", "que", "os");
    List<TildeDocument> docs = Europarl.documents();
    int spanishLines = 0;
    int portugueseLines = 0;
    for (TildeDocument doc : docs) {
      boolean es = spanish.stream().allMatch(w -> w.matcher(doc.body()).find());
      boolean pt = portuguese.stream().allMatch(w -> w.matcher(doc.body()).find());
      if (es && !pt && doc.body().length() > 500) {
        spanishLines++;
        assertThat(LanguageDetector.detect(doc.body())).as(doc.id()).isEqualTo("es");
      } else if (pt && !es && doc.body().length() > 500) {
        portugueseLines++;
        assertThat(LanguageDetector.detect(doc.body())).as(doc.id()).isEqualTo("pt");
      }
    }
    assertThat(spanishLines).isGreaterThan(100);
    assertThat(portugueseLines).isGreaterThan(100);
  }

  private static List<Pattern> words(String... words) {
    return java.util.Arrays.stream(words).map(w -> Pattern.compile("(?U)\\b" + w + "\\b")).toList();
  }

  @Test
  void readsTextInAnyCase() throws IOException {
    for (Path seed : SeedIndex.seedFiles()) {
      String text = Files.readString(seed);
      assertThat(LanguageDetector.detect(text.toUpperCase(java.util.Locale.ROOT))).as(seed.toString())
          .isEqualTo(LanguageDetector.detect(text));
    }
    assertThat(LanguageDetector.detect("EL PRESIDENTE DE LA COMISIÓN DIJO QUE LOS PAÍSES Y LAS REGIONES"))
        .isEqualTo("es");
  }

  @Test
  void readsTitleAndBodyAsTheyReadJoinedByALineBreak() throws IOException {
    for (TildeDocument doc : Europarl.documents()) {
      assertThat(LanguageDetector.detect(doc.title(), doc.body())).as(doc.id())
          .isEqualTo(LanguageDetector.detect(doc.title() + "\n" + doc.body()));
    }
    // A word never runs from the title into the body, an apostrophe included; the 400-word cap spans both.
    assertThat(LanguageDetector.detect("the'", "the and of")).isEqualTo(LanguageDetector.detect("the'\nthe and of"));
    String manyGermanWords = "und ".repeat(400);
    assertThat(LanguageDetector.detect(manyGermanWords, "the the the")).isEqualTo("de");
    assertThat(LanguageDetector.detect("", "Y el presidente de la Comisión dijo que los países")).isEqualTo("es");
  }

  @Test
  void findsNoStopWordInAWordLongerThanAnyStopWord() {
    String longWords = "Unabhängigkeitserklärung Verantwortungsbewusstsein ";
    assertThat(LanguageDetector.detect(longWords.repeat(50))).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(LanguageDetector.detect(longWords + "und die der das ist")).isEqualTo("de");
  }

  @Test
  void saysUndeterminedWhenThereIsNothingToGoOn() {
    assertThat(LanguageDetector.detect("")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(LanguageDetector.detect("2021-06-08 12:00 +++ 404")).isEqualTo(LanguageDetector.UNDETERMINED);
    assertThat(LanguageDetector.detect("Ελληνική Δημοκρατία και Ευρωπαϊκή Ένωση")).isEqualTo(LanguageDetector.UNDETERMINED);
  }
}

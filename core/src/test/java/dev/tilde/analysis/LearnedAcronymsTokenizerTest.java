package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the acronyms chain learns from real text (Europarl and the seeds): the definitions it gives and the names it
 * writes beside their initials, and none of what news text puts in parentheses without defining an acronym.
 */
class LearnedAcronymsTokenizerTest {
  private static final TildeAnalysis ANALYSIS = TildeAnalysis.standard();
  /** The words for "regulation" in Europarl's languages: {@code règlement (CE)} defines no acronym. */
  private static final Pattern REGULATION = Pattern.compile(
      "(?i)r[eè]glement|regolament|reglament|regulament|forordning|förordning|verordening|rozporządzeni|κανονισμ|"
          + "määrus|asetu|nařízení|uredb|regulation");

  @Test
  void learnsPartyAcronymFromItsDefinition() throws IOException {
    assertThat(learned(europarl("laisvoji demokratų partija (LDP)"))).contains("LDP = laisvoji demokratų partija");
  }

  @Test
  void learnsAnAcronymWrittenBeforeItsLongForm() throws IOException {
    assertThat(learned(europarl("PNR (Passenger Name Record)"))).contains("PNR = Passenger Name Record");
    assertThat(learned(europarl("GMES (Global Monitoring for Environment and Security)")))
        .contains("GMES = Global Monitoring for Environment and Security");
  }

  @Test
  void prefersTheLongFormWhoseWordsGiveTheirFirstLetters() throws IOException {
    // Matched from the right letter by letter, the second d of DDA is Agenda's: "Development Agenda".
    assertThat(learned(europarl("on the Doha Development Agenda (DDA)")))
        .contains("DDA = Doha Development Agenda").doesNotContain("DDA = Development Agenda");
  }

  @Test
  void learnsATranslatedNameWhoseAcronymTakesItsWordsInAnotherOrder() throws IOException {
    assertThat(learned(europarl("Nordvestlige Atlanterhav (NAFO)")))
        .contains("NAFO = Organisationen for Fiskeriet i det Nordvestlige Atlanterhav");
    assertThat(learned(europarl("Trattato del Nord Atlantico (NATO)")))
        .contains("NATO = dell'Organizzazione del Trattato del Nord Atlantico");
  }

  @Test
  void learnsTheInitialsOfANameWrittenBesideThem() throws IOException {
    // The title says AMLO, the body Andrés Manuel López Obrador.
    assertThat(learned(seed("002_93535a9ed92f4643.txt"))).containsExactly("AMLO = Andrés Manuel López Obrador");
    assertThat(learned(europarl("Europees Sociaal Fonds"))).contains("ESF = Europees Sociaal Fonds");
  }

  @Test
  void learnsNoInitialsTheTextDoesNotWriteInCapitals() throws IOException {
    // The full name without AMLO: another document's AMLO does not make these initials.
    assertThat(Files.readString(seedFile("004_90803ba7146971af.txt"))).contains("Andrés Manuel López Obrador")
        .doesNotContain("AMLO");
    assertThat(learned(seed("004_90803ba7146971af.txt"))).isEmpty();
  }

  @Test
  void takesNoRegulationReferenceNorTranslationForADefinition() throws IOException {
    List<String> definitions = new ArrayList<>();
    for (TildeDocument doc : Europarl.documents()) {
      definitions.addAll(learned(doc.title() + "\n\n" + doc.body()));
    }
    assertThat(definitions).hasSizeGreaterThan(200);
    // "règlement (CE)", "forordning (EF)", "κανονισμού (ΕΚ)": a regulation's reference, not its name.
    assertThat(definitions).noneMatch(d -> REGULATION.matcher(d).find());
    // "Somalia (Aussprache)", "Council (Rat)": a German word for debate, a translation.
    assertThat(definitions).noneMatch(d -> d.startsWith("Aussprache ") || d.startsWith("Rat "));
  }

  /** What the acronyms chain learns from {@code text}: {@code ACRONYM = long form}, as written. */
  static List<String> learned(String text) {
    List<String> learned = new ArrayList<>();
    for (Token token : ANALYSIS.analyze(Schema.ACRONYMS, text)) {
      if (token.term().startsWith("def:") || token.term().startsWith("initials:")) {
        String[] parts = token.term().split(":", 5);
        learned.add(parts[3] + " = " + parts[4]);
      }
    }
    return learned;
  }

  /** The title and body of the Europarl document that holds {@code text}, as the index reads them. */
  static String europarl(String text) throws IOException {
    for (TildeDocument doc : Europarl.documents()) {
      if (doc.body().contains(text) || doc.title().contains(text)) {
        return doc.title() + "\n\n" + doc.body();
      }
    }
    throw new AssertionError("no Europarl document holds " + text);
  }

  private static String seed(String name) throws IOException {
    String body = Files.readString(seedFile(name), StandardCharsets.UTF_8);
    return body.lines().findFirst().orElseThrow() + "\n\n" + body;
  }

  private static Path seedFile(String name) throws IOException {
    return SeedIndex.seedFiles().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
        .orElseThrow();
  }
}

package dev.tilde.indexer.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

class NewsTextTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));

  private static Article seed(String prefix) throws IOException {
    try (var files = Files.list(SEEDS)) {
      Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      return NewsText.extract(Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void findsTheHeadlineBelowAStationsAddressAndBanners() throws IOException {
    Article article = seed("000_");

    assertThat(article.title()).isEqualTo("Harris Talked Migration In Meeting With Mexico's President López Obrador");
    assertThat(article.body())
        .startsWith("Kamala Harris is wrapping up her first international trip as vice president.")
        .doesNotContain("Digital Media Center", "Paul Bryant Drive", "(800) 654-4262", "Play Live Radio", "0:00")
        .contains("Carrie Kahn is NPR's International Correspondent");
  }

  @Test
  void takesTheSourceFromTheCopyrightLine() throws IOException {
    assertThat(seed("000_").source()).isEqualTo("Alabama Public Radio");
  }

  @Test
  void skipsASiteCategoryLabelAndTheCookieNotice() throws IOException {
    Article article = seed("001_");

    assertThat(article.title()).isEqualTo(
        "Kamala Harris Encourages Greater Cooperation With Mexico To Address The Flow Of Migrants To The United States");
    assertThat(article.body()).doesNotContain("Categories:", "Tags: Politics", "This website uses cookies")
        .endsWith("so that many cross several times.");
  }

  @Test
  void turnsLabelledLinesIntoDateAndSourceAndCutsTheSubscribeTail() throws IOException {
    Article article = seed("002_");

    assertThat(article.title()).isEqualTo("Kamala Harris Meets Mexican President AMLO in Mexico City");
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 6, 8));
    assertThat(article.source()).isEqualTo("Bloomberg Quicktake: Now");
    assertThat(article.body()).startsWith("Vice President Kamala Harris arrived at Mexico's National Palace")
        .doesNotContain("Published Date", "Source:", "Subscribe to our YouTube channel", "https://")
        .endsWith("Hondurans were second with 22% and Guatemalans were third with 17%.");
  }

  @Test
  void keepsTheFirstHeadlineOverTheDeckAndVideoCaptionsAndShowsRepeatedCaptionsOnce() throws IOException {
    Article article = seed("003_");

    assertThat(article.title()).isEqualTo("Kamala Harris hails 'new era' at migration meeting with Mexican president");
    assertThat(article.body()).doesNotContain("Powered by automated translation");
    assertThat(article.body().split("Kamala Harris visits Mexico to address migration to US", -1)).hasSize(2);
  }

  @Test
  void titlesAnArticleWithoutHeadlineByItsFirstSentence() throws IOException {
    Article article = seed("004_");

    assertThat(article.title()).startsWith("Vice President Kamala Harris visited with Mexico’s President")
        .endsWith("…").hasSizeLessThanOrEqualTo(151);
    assertThat(article.body()).startsWith("Vice President Kamala Harris visited with Mexico’s President");
  }

  @Test
  void aShortTextIsTitledByItsFirstLine() {
    Article article = NewsText.extract("\n  Peña Nieto visitó Washington  \nEl presidente habló.\n");

    assertThat(article.title()).isEqualTo("Peña Nieto visitó Washington");
    assertThat(article.body()).isEqualTo("Peña Nieto visitó Washington\nEl presidente habló.");
  }

  @Test
  void aLineThatIsOnlyADateInTheHeaderIsTheDate() {
    String lead = "Mexican President Andrés Manuel López Obrador met US Vice President Kamala Harris on Tuesday in"
        + " the National Palace to discuss migration, development in Central America and security co-operation, a"
        + " day after her visit to Guatemala.";
    Article article = NewsText.extract("Harris meets López Obrador\nTuesday, June 8, 2021 10:30 AM\n\n" + lead);

    assertThat(article.title()).isEqualTo("Harris meets López Obrador");
    assertThat(article.date()).isEqualTo(LocalDate.of(2021, 6, 8));
    assertThat(article.body()).isEqualTo(lead);
  }

  @Test
  void keepsProseThatMerelyMentionsCookies() {
    String prose = "The bakery on Calle Madero sold cookies to the delegation while López Obrador and Harris met in"
        + " the palace across the square, and the owner said business had never been better in thirty years.";

    assertThat(NewsText.extract("Harris and López Obrador meet at the palace\n\n" + prose).body()).isEqualTo(prose);
  }

  // The copyright line took 30 s at 2,000 blanks (the greedy pattern gave blanks back in every combination), the
  // cookie notice and "all rights reserved" were quadratic; a megabyte of each shape must be quick.
  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void readsAMegabyteOfHostileCopyrightCookieAndSentenceLinesInLinearTime() {
    int megabyte = 1 << 20;
    String text = "Harris in Mexico\n\n" + "© " + " ".repeat(megabyte) + "\u2028x\n"
        + "cookie,".repeat(megabyte / 7) + "\u2028\n"
        + "© 2021 x" + " ".repeat(megabyte) + "y All rights reserved.\n"
        + "a. ".repeat(megabyte / 3) + "\nKamala Harris met López Obrador.";

    Article article = NewsText.extract(text);

    assertThat(article.body()).endsWith("Kamala Harris met López Obrador.");
    assertThat(NewsText.firstSentence("a. ".repeat(megabyte / 3) + "End.")).startsWith("a. a. a.");
  }

  @Test
  void theCopyrightHolderLeavesOutAllRightsReserved() {
    assertThat(Boilerplate.copyrightHolder("© 2021 The National, All rights reserved.")).isEqualTo("The National");
    assertThat(Boilerplate.copyrightHolder("Copyright 2019-2024 Alabama Public Radio")).isEqualTo("Alabama Public Radio");
    assertThat(Boilerplate.isBoilerplate("This website uses cookies.")).isTrue();
  }
}

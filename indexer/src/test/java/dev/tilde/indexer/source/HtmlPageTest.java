package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.article.Article;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

class HtmlPageTest {
  private static final String LEAD = "US Vice President Kamala Harris on Tuesday met Mexican leader Andrés Manuel"
      + " López Obrador to discuss ways to lower a record increase in migration from Central America by attacking"
      + " poverty and violence in the region.";

  @Test
  void keepsTheTitleAndTheArticleTextAndDropsScriptsStylesNavigationAndSiteChrome() {
    Article page = HtmlPage.extract("""
        <!doctype html><html><head><title>Harris hails 'new era' with López Obrador | The National</title>
        <meta property="og:site_name" content="The National">
        <meta property="article:published_time" content="2021-06-08T18:20:00Z">
        <style>body { color: red }</style><script>var tracking = "Kamala";</script></head>
        <body><header><a href="/">Home</a> <a href="/world">World</a></header>
        <nav><ul><li>Politics</li><li>Sport</li></ul></nav>
        <article><header><h1>Harris hails 'new era' with López Obrador</h1></header>
        <p>%s</p><p>Ms Harris told Mr <b>López</b> Obrador that relations were entering a "new era".</p>
        <aside>Most read: Ten things to do in Dubai</aside></article>
        <footer>This website uses cookies. © 2021 The National</footer><script>more()</script></body></html>
        """.formatted(LEAD));

    assertThat(page.title()).isEqualTo("Harris hails 'new era' with López Obrador");
    assertThat(page.date()).isEqualTo(LocalDate.of(2021, 6, 8));
    assertThat(page.source()).isEqualTo("The National");
    assertThat(page.body())
        .isEqualTo(LEAD + "\n\nMs Harris told Mr López Obrador that relations were entering a \"new era\".");
  }

  @Test
  void withoutATitleElementTheHeadlineComesFromTheText() {
    Article page = HtmlPage.extract("<h2>Harris meets López Obrador in Mexico</h2><p>" + LEAD + "</p>");

    assertThat(page.title()).isEqualTo("Harris meets López Obrador in Mexico");
    assertThat(page.body()).isEqualTo(LEAD);
  }

  // Joining 600,000 blocks took 95 s before they were appended to one builder; a megabyte of each shape must be quick.
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
  void readsAMegabyteOfBlocksNestingHeadersAndHostileTitlesInLinearTime() {
    int megabyte = 1 << 20;
    assertThat(HtmlPage.extract("<p>a</p>".repeat(megabyte / 8) + "<p>" + LEAD + "</p>").body()).endsWith(LEAD);
    assertThat(HtmlPage.extract("<div>".repeat(megabyte / 5) + LEAD).body()).isEqualTo(LEAD);
    assertThat(HtmlPage.extract("<header>".repeat(megabyte / 8) + "<p>" + LEAD + "</p>").body()).isEmpty();
    Article titled = HtmlPage.extract("<title>" + "a | ".repeat(megabyte / 4) + "x</title>"
        + "<meta property=og:site_name content=x><meta property=article:published_time content=\""
        + "1 de ".repeat(megabyte / 5) + "\"><p>" + LEAD + "</p>");
    assertThat(titled.body()).isEqualTo(LEAD);
    assertThat(titled.date()).isNull();
  }
}

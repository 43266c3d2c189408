package dev.tilde.indexer.source;

import dev.tilde.indexer.article.Article;
import dev.tilde.indexer.article.NewsText;
import dev.tilde.indexer.article.PublicationDate;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page with jsoup: the {@code <title>} is the title; the text is the article's (the page's single
 * {@code <article>}, else its {@code <main>}, else its body) without scripts, styles, forms, navigation and the
 * site's header and footer, one line per block, then cleaned of boilerplate like a plain-text page.
 */
final class HtmlPage {
  /** Elements that never hold article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, aside, form, iframe, svg, button, select, [role=navigation],"
          + " [aria-hidden=true], [hidden]";
  private static final String[] PUBLISHED_META = {
    "meta[property=article:published_time]", "meta[name=date]", "meta[name=pubdate]", "meta[name=dc.date]",
    "meta[itemprop=datePublished]", "time[datetime]"
  };

  private HtmlPage() {}

  static Article extract(String html) {
    Document page = Jsoup.parse(html);
    String siteName = attribute(page, "meta[property=og:site_name]", "content");
    String title = withoutSiteName(page.title().strip(), siteName);
    LocalDate date = null;
    for (String selector : PUBLISHED_META) {
      String value = attribute(page, selector, selector.startsWith("time") ? "datetime" : "content");
      if (value != null && (date = PublicationDate.find(value)) != null) {
        break;
      }
    }
    page.select(NEVER_TEXT).remove();
    // The site's own header and footer go; an article's header (its headline, byline, date) stays.
    for (Element chrome : page.select("header, footer")) {
      if (chrome.parents().stream().noneMatch(p -> p.normalName().equals("article") || p.normalName().equals("main"))) {
        chrome.remove();
      }
    }
    Elements articles = page.select("article");
    Element root = articles.size() == 1 ? articles.first() : page.selectFirst("main");
    Article text = NewsText.extract(blockText(root != null ? root : page.body()));
    return new Article(title.isEmpty() ? text.title() : title, text.body(), date != null ? date : text.date(),
        siteName != null ? siteName : text.source());
  }

  /** The text of {@code root}, one line per block element, whitespace within lines collapsed. */
  private static String blockText(Element root) {
    StringBuilder text = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
          text.append(textNode.text());
        } else if (node instanceof Element element && (element.isBlock() || element.normalName().equals("br"))) {
          text.append('\n');
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock()) {
          text.append('\n');
        }
      }
    }, root);
    return text.toString().lines().map(line -> line.replaceAll("\\s+", " ").strip())
        .collect(Collectors.joining("\n"));
  }

  /** "Harris meets AMLO | The National" with site name "The National" gives "Harris meets AMLO". */
  private static String withoutSiteName(String title, String siteName) {
    if (siteName == null || siteName.isBlank()) {
      return title;
    }
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " · "}) {
      String suffix = separator + siteName.strip();
      if (title.endsWith(suffix) && title.length() > suffix.length()) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static String attribute(Document page, String selector, String attribute) {
    Element element = page.selectFirst(selector);
    if (element == null) {
      return null;
    }
    String value = element.attr(attribute).strip();
    return value.isEmpty() ? null : value;
  }
}

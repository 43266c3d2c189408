package dev.tilde.indexer.source;

import dev.tilde.indexer.article.Article;
import dev.tilde.indexer.article.NewsText;
import dev.tilde.indexer.article.PublicationDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown page: {@code title}, {@code date} and {@code source} from YAML-style front matter when it has
 * them, else the first heading as title; the text with its markup removed (headings, emphasis, links, images,
 * code fences, quotes, list markers), then cleaned of boilerplate like a plain-text page.
 */
final class MarkdownText {
  // Linear time on any line (docs/ARCHITECTURE.md, "Linear time"): no quantified part can give back what the next
  // part needs, so each match attempt scans its text once; a link's text and target stop at the next bracket, so no
  // two attempts scan the same stretch; repeated groups are possessive, so Java loops over them instead of recursing.
  private static final Pattern FRONT_MATTER =
      Pattern.compile("\\A---[ \\t]*+\\n(.*?)\\n---[ \\t]*+(?:\\n|\\z)", Pattern.DOTALL);
  /** A front-matter field; its value is stripped after, as {@code \\s*(.*?)\\s*$} would backtrack quadratically. */
  private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z_][\\w-]*+)\\s*+:(.*+)$");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}+\\s++(.*+)$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
  /** A link's target: text with at most one level of parentheses, as in Wikipedia's {@code Name_(disambiguation)}. */
  private static final String TARGET = "\\((?:[^()]++|\\([^()]*+\\))*+\\)";
  private static final Pattern IMAGE = Pattern.compile("!\\[([^\\[\\]]*+)]" + TARGET);
  private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]++)]" + TARGET);
  private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{Nd}])(\\*\\*|__|\\*|_|~~)(?=[^\\s*_~])([^*_~\\n]++)(?<=\\S)\\1(?![\\p{L}\\p{Nd}])");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]*)`");
  private static final Pattern LINE_PREFIX = Pattern.compile("^\\s*+(?:>\\s?+)*+(?:[-*+]\\s++|\\d++[.)]\\s++)?");
  private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");

  /** Emphasis nested deeper than this keeps its inner markers; real text never nests that deep. */
  private static final int MAX_EMPHASIS_LEVELS = 4;

  private MarkdownText() {}

  /**
   * A heading's text without its closing hashes and the blanks around them, as {@code (.*?)\\s*#*\\s*$} would
   * keep it, found by one scan from the end: that pattern backtracks quadratically over a long run of blanks.
   */
  private static String headingText(String rest) {
    int end = rest.length();
    while (end > 0 && Character.isWhitespace(rest.charAt(end - 1))) {
      end--;
    }
    while (end > 0 && rest.charAt(end - 1) == '#') {
      end--;
    }
    while (end > 0 && Character.isWhitespace(rest.charAt(end - 1))) {
      end--;
    }
    return rest.substring(0, end);
  }

  static Article extract(String markdown) {
    String title = null;
    LocalDate date = null;
    String source = null;
    String text = markdown.replace("\r\n", "\n");
    Matcher front = FRONT_MATTER.matcher(text);
    if (front.find()) {
      for (String line : front.group(1).split("\n")) {
        Matcher field = FRONT_MATTER_LINE.matcher(line);
        String value = field.matches() ? field.group(2).strip() : "";
        if (value.isEmpty()) {
          continue;
        }
        value = unquote(value);
        switch (field.group(1).toLowerCase(Locale.ROOT)) {
          case "title" -> title = value;
          case "date", "published" -> date = PublicationDate.find(value);
          case "source", "publisher" -> source = value;
          default -> { }
        }
      }
      text = text.substring(front.end());
    }
    List<String> plain = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (FENCE.matcher(line).matches()) {
        continue;
      }
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      Matcher heading = HEADING.matcher(line);
      boolean setext = !line.isBlank() && SETEXT_UNDERLINE.matcher(next).matches();
      String content = heading.matches() ? headingText(heading.group(1)) : line;
      content = inline(LINE_PREFIX.matcher(content).replaceFirst(""));
      if ((heading.matches() || setext) && title == null) {
        title = content.strip(); // the first heading is the title, not part of the text
        i += setext ? 1 : 0;
        continue;
      }
      i += setext ? 1 : 0;
      plain.add(content);
    }
    Article article = NewsText.extract(String.join("\n", plain));
    return new Article(title != null && !title.isBlank() ? title : article.title(), article.body(),
        date != null ? date : article.date(), source != null ? source : article.source());
  }

  private static String inline(String line) {
    String text = IMAGE.matcher(line).replaceAll("$1");
    text = LINK.matcher(text).replaceAll("$1");
    text = CODE_SPAN.matcher(text).replaceAll("$1");
    String before;
    // A span holds no delimiter, so each match attempt stops at the next one and a pass is linear; nested emphasis
    // (**_a_**) takes a pass per level, and a few levels are all real text has.
    int passes = 0;
    do {
      before = text;
      text = EMPHASIS.matcher(text).replaceAll("$2");
    } while (!text.equals(before) && ++passes < MAX_EMPHASIS_LEVELS);
    return text;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}

package dev.tilde.indexer.article;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in the text of a news page (a plain-text file, or the text of an HTML or Markdown page): its
 * headline, its date and source where labelled lines state them, and its text without the page's chrome.
 *
 * <p>The headline is the first line before the lead paragraph that is shaped like one and shares most of its words
 * with the article: the station name, address and banners that precede it on many pages share few. When no line
 * qualifies, the title is the article's first sentence.
 */
public final class NewsText {
  /** A paragraph this long is article prose: it ends the page header where the headline is. */
  private static final int LEAD_MIN_WORDS = 30;
  /** How far into the text the header may reach, in non-blank lines. */
  private static final int HEADER_MAX_LINES = 40;
  private static final int TITLE_MAX_WORDS = 30;
  private static final int TITLE_MAX_CHARS = 250;
  /** A headline shares at least this share of its content words with the article. */
  private static final double TITLE_MIN_OVERLAP = 0.5;
  /** A title made from the first sentence is cut to this many characters. */
  private static final int FALLBACK_TITLE_CHARS = 150;

  private static final Pattern DATE_LABEL = Pattern.compile(
      "(?i)^(?:published(?:\\s+(?:date|on))?|publication date|date|posted(?:\\s+on)?|updated(?:\\s+on)?"
          + "|last updated|fecha(?: de publicación)?|publicado)\\s*:\\s*(.+)$");
  private static final Pattern SOURCE_LABEL = Pattern.compile("(?i)^(?:source|publisher|fuente)\\s*:\\s*(.+)$");
  /** Two sentences in one line: ". " then a capital. Headlines are one sentence. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^.+?[.!?](?=\\s+[\\p{Lu}\"“'‘(]|$)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Set<String> STOPWORDS = Set.of(
      "the", "and", "for", "with", "that", "this", "from", "are", "was", "were", "has", "have", "had", "not", "but",
      "its", "his", "her", "their", "they", "she", "him", "you", "your", "our", "who", "what", "when", "where",
      "how", "why", "will", "would", "can", "could", "into", "about", "after", "over", "out", "all", "new", "says",
      "said", "more", "than", "been", "also", "one", "two", "off", "on", "in", "at", "of", "to", "as", "by", "is",
      "los", "las", "del", "por", "para", "con", "una", "uno", "que", "como", "más", "mas", "sus", "sobre", "entre",
      "este", "esta", "ese", "esa", "son", "fue", "han", "dice", "dijo", "pero", "sin", "ante", "tras");

  private NewsText() {}

  /**
   * Reads the article out of {@code text}.
   *
   * @param text a page's text
   * @return its title, body, and date and source when stated
   */
  public static Article extract(String text) {
    List<String> lines = text.lines().map(String::strip).toList();
    int lead = leadParagraph(lines);
    int headerEnd = lead < 0 ? lines.size() : lead;

    LocalDate date = null;
    String source = null;
    String copyrightHolder = null;
    boolean[] drop = new boolean[lines.size()];
    int nonBlankSeen = 0;
    String previous = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      boolean inHeader = i < headerEnd && nonBlankSeen++ < HEADER_MAX_LINES;
      if (inHeader) {
        Matcher dateLabel = DATE_LABEL.matcher(line);
        Matcher sourceLabel = SOURCE_LABEL.matcher(line);
        LocalDate alone = PublicationDate.ofWholeLine(line);
        if (dateLabel.matches() && PublicationDate.find(dateLabel.group(1)) != null) {
          date = date == null ? PublicationDate.find(dateLabel.group(1)) : date;
          drop[i] = true;
        } else if (alone != null) {
          date = date == null ? alone : date;
          drop[i] = true;
        } else if (sourceLabel.matches()) {
          source = source == null ? sourceLabel.group(1).strip() : source;
          drop[i] = true;
        }
      }
      if (Boilerplate.isBoilerplate(line)) {
        drop[i] = true;
        String holder = Boilerplate.copyrightHolder(line);
        copyrightHolder = copyrightHolder == null ? holder : copyrightHolder;
      } else if (line.equals(previous) && Boilerplate.words(line) <= TITLE_MAX_WORDS) {
        drop[i] = true; // a caption or link repeated right after itself is a widget, shown once is enough
      }
      previous = line;
    }

    int title = headline(lines, drop, headerEnd, lead);
    List<String> kept = new ArrayList<>();
    for (int i = title < 0 ? 0 : title + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (drop[i]) {
        continue;
      }
      String text1 = Boilerplate.withoutPromotion(line);
      if (!text1.isEmpty() || line.isEmpty()) {
        kept.add(text1);
      }
    }
    String body = String.join("\n", kept).replaceAll("\n{3,}", "\n\n").strip();
    String titleText = title >= 0 ? lines.get(title) : firstSentence(body.isEmpty() ? text.strip() : body);
    return new Article(titleText, body, date, source != null ? source : copyrightHolder);
  }

  /** Index of the first line of article prose, or -1. */
  private static int leadParagraph(List<String> lines) {
    int nonBlank = 0;
    for (int i = 0; i < lines.size() && nonBlank < HEADER_MAX_LINES; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (Boilerplate.words(line) >= LEAD_MIN_WORDS && !Boilerplate.isBoilerplate(line)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the headline among the header lines, or -1 if none is shaped like one and fits the article. */
  private static int headline(List<String> lines, boolean[] drop, int headerEnd, int lead) {
    if (lead < 0) {
      return -1;
    }
    Set<String> article = new HashSet<>();
    for (int i = lead; i < lines.size(); i++) {
      if (!drop[i]) {
        article.addAll(contentWords(lines.get(i)));
      }
    }
    int nonBlank = 0;
    for (int i = 0; i < headerEnd && nonBlank < HEADER_MAX_LINES; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (drop[i] || !shapedLikeHeadline(line)) {
        continue;
      }
      Set<String> words = contentWords(line);
      long shared = words.stream().filter(article::contains).count();
      if (shared >= 2 && shared >= TITLE_MIN_OVERLAP * words.size()) {
        return i;
      }
    }
    return -1;
  }

  private static boolean shapedLikeHeadline(String line) {
    int words = Boilerplate.words(line);
    return words >= 2 && words <= TITLE_MAX_WORDS && line.length() <= TITLE_MAX_CHARS
        && !line.endsWith(":") && !SENTENCE_BREAK.matcher(line).find()
        && line.chars().filter(Character::isLetter).count() * 2 > line.length();
  }

  /** Lower-cased, accent-folded words of three letters or more that carry meaning. */
  static Set<String> contentWords(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>();
    for (String word : NON_WORD.split(folded)) {
      if (word.length() >= 3 && !STOPWORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * The first sentence of {@code text}, cut at a word boundary if long: a title for text that has none.
   *
   * @param text the text
   * @return its first sentence
   */
  public static String firstSentence(String text) {
    String firstLine = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    Matcher m = FIRST_SENTENCE.matcher(firstLine);
    String sentence = m.find() ? m.group() : firstLine;
    if (sentence.length() <= FALLBACK_TITLE_CHARS) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', FALLBACK_TITLE_CHARS);
    return sentence.substring(0, cut > 0 ? cut : FALLBACK_TITLE_CHARS).strip() + "…";
  }
}

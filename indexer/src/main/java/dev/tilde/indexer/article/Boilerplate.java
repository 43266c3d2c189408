package dev.tilde.indexer.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the chrome that news pages wrap around articles when it can be told apart reliably: site labels,
 * cookie notices, copyright lines, player controls, station addresses and phone numbers, and "subscribe" tails.
 * Anything not matched is kept: a missed banner costs less than a lost sentence.
 */
final class Boilerplate {
  /** Longer than this, a line is prose even if it mentions cookies or subscriptions. */
  private static final int MAX_WORDS = 30;

  /** Labels of site taxonomy, never article text: "Categories: US News", "Tags: Politics". */
  private static final Pattern TAXONOMY_LABEL =
      Pattern.compile("(?i)^(categor(y|ies)|tags?|tagged( with)?|filed under|topics?|sections?)\\s*:.*");
  /**
   * Possessive before the holder: the greedy version gave back blanks in every combination when the line could not
   * match (a line separator after a run of blanks), and took 30 s on 2,000 blanks.
   */
  private static final Pattern COPYRIGHT = Pattern.compile(
      "(?i)^(?:©|\\(c\\)|copyright)\\s*+(?:©\\s*+)?+(?:\\d{4}+(?:\\s*+[-–]\\s*+\\d{4}+)?+)?+[\\s,]*+(.*?)\\.?$");
  /** Found anywhere in the line: {@code .*cookies?.*} retried the second {@code .*} after every "cookie". */
  private static final Pattern COOKIES = Pattern.compile("(?i)\\bcookies?\\b");
  private static final String RESERVED = "all rights reserved";
  /** Whole lines that are controls of the page, not text: buttons, player widgets, section headers. */
  private static final Pattern CONTROL = Pattern.compile("(?i)^(advertisement|skip to (main )?content|play live radio"
      + "|listen live|listen|watch live|next up:?|share( this( article| story| page)?| on \\w+)?|subscribe( now| today)?"
      + "|sign up|sign in|log in|menu|search|close|print|email|powered by automated translation|read more:?"
      + "|related( articles| stories| content)?:?|most (popular|read):?|trending( now)?:?|loading\\W*)$");
  /** Media player time codes such as "0:00 0:00" or "1:23 / 4:56". */
  private static final Pattern TIME_CODES = Pattern.compile("^[\\d:\\s/]+$");
  private static final Pattern PHONE = Pattern.compile("^(?:\\+?1[\\s.-]?)?\\(?\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}$");
  private static final Pattern STREET = Pattern.compile("(?i)^\\d+\\s+[\\p{L}][\\p{L}\\s.'-]*\\s(drive|dr|street|st"
      + "|avenue|ave|road|rd|boulevard|blvd|lane|ln|way|place|pl|parkway|pkwy|plaza|suite \\d+)\\.?$");
  /** "Tuscaloosa, AL 35487-0370": a US city, state and ZIP code. */
  private static final Pattern CITY_STATE_ZIP = Pattern.compile("^[\\p{L} .'-]+,\\s*[A-Z]{2}\\s+\\d{5}(-\\d{4})?$");
  /**
   * A sentence that asks the reader to subscribe or follow, with a link soon after: from there on a page is
   * promotion (video descriptions end this way).
   */
  private static final Pattern PROMOTION_START = Pattern.compile(
      "(?i)(?:^|(?<=[.!?…]\\s))(?:subscribe to|follow us on|sign up for|connect with us)\\b[^.!?]{0,100}?(?:https?://|www\\.)");

  private Boilerplate() {}

  /** Whether {@code line} (stripped, non-blank) is page chrome rather than article text. */
  static boolean isBoilerplate(String line) {
    if (TIME_CODES.matcher(line).matches() || PHONE.matcher(line).matches()) {
      return true;
    }
    if (words(line) > MAX_WORDS) {
      return false;
    }
    return TAXONOMY_LABEL.matcher(line).matches()
        || copyrightHolder(line) != null
        || COOKIES.matcher(line).find()
        || CONTROL.matcher(line).matches()
        || STREET.matcher(line).matches()
        || CITY_STATE_ZIP.matcher(line).matches();
  }

  /** Who a short copyright line names ("© 2024 Alabama Public Radio" gives "Alabama Public Radio"), or null. */
  static String copyrightHolder(String line) {
    if (words(line) > 8) {
      return null;
    }
    Matcher m = COPYRIGHT.matcher(line);
    if (!m.matches()) {
      return null;
    }
    String holder = withoutRightsReserved(m.group(1)).strip();
    return holder.isEmpty() || !holder.chars().anyMatch(Character::isLetter) ? null : holder;
  }

  /**
   * {@code holder} without a closing "all rights reserved" and the comma or period before it, found from the end:
   * the pattern {@code [,.]?\\s*all rights reserved\\.?$} rescans a run of blanks from each of its blanks.
   */
  private static String withoutRightsReserved(String holder) {
    String text = holder.endsWith(".") ? holder.substring(0, holder.length() - 1) : holder;
    int start = text.length() - RESERVED.length();
    if (start < 0 || !text.regionMatches(true, start, RESERVED, 0, RESERVED.length())) {
      return holder;
    }
    text = text.substring(0, start).stripTrailing();
    return text.endsWith(",") || text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** {@code line} without a promotional tail, or the whole line if it has none; may return "". */
  static String withoutPromotion(String line) {
    Matcher m = PROMOTION_START.matcher(line);
    return m.find() ? line.substring(0, m.start()).strip() : line;
  }

  static int words(String line) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      boolean space = Character.isWhitespace(line.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}

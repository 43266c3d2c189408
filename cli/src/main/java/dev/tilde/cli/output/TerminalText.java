package dev.tilde.cli.output;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The one definition of what a terminal must never be sent raw, and the ways of making text safe to print: a file
 * name, an NDJSON field, a query or a page can carry escape sequences that would retitle, clear or hyperlink the
 * user's terminal, or bidirectional controls that make a line read differently from what it is. The stderr writer
 * ({@link MessageWriter}), the result and info writers and the JSON escapes ({@link JsonEscapes}) all use it.
 */
public final class TerminalText {
  /** Shown in place of each control character; one char for one, so snippet match offsets stay valid. */
  static final char REPLACEMENT = '\uFFFD';
  /** How much of a piece of user text a message quotes: enough to recognise it, never a screenful. */
  static final int ECHO_LIMIT = 80;
  static final String ELLIPSIS = "…";

  private TerminalText() {}

  /**
   * {@code text} with every control character (C0 but tab, DEL, C1; ESC among them) and bidirectional override or
   * isolate replaced by {@link #REPLACEMENT}, and line breaks by spaces; one char for one.
   */
  public static String safe(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char shown = shown(c);
      if (shown != c && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        out.append(shown);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code text} as a message quotes it: {@link #safe}, and cut after {@link #ECHO_LIMIT} characters with "…", so
   * that a 100 KB query or a 1 MB id costs the terminal one short line.
   */
  public static String echo(String text) {
    if (text == null) {
      return null;
    }
    if (text.codePointCount(0, text.length()) <= ECHO_LIMIT) {
      return safe(text);
    }
    return safe(text.substring(0, text.offsetByCodePoints(0, ECHO_LIMIT))) + ELLIPSIS;
  }

  /**
   * {@code message} with each of the {@code quoted} texts (what the user typed, say) that it holds {@link #echo}ed,
   * so that a message assembled far from the terminal still quotes a 100 KB argument in one short line.
   */
  public static String quoting(String message, Collection<String> quoted) {
    if (message == null) {
      return null;
    }
    int length = message.length();
    List<String> longestFirst = quoted.stream().filter(text -> text.length() > ECHO_LIMIT && text.length() <= length)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String quoting = message;
    for (String text : longestFirst) {
      quoting = quoting.replace(text, echo(text));
    }
    return quoting;
  }

  /** What {@code c} is printed as: itself, a space for a line break, or {@link #REPLACEMENT}. */
  static char shown(char c) {
    if (isLineBreak(c)) {
      return ' ';
    }
    return isActive(c) ? REPLACEMENT : c;
  }

  /** Whether {@code c} must not reach a terminal as itself: {@link #isActive} or a line break. */
  static boolean isUnsafe(char c) {
    return isLineBreak(c) || isActive(c);
  }

  /** Line feed, carriage return, and the Unicode line and paragraph separators (NEL is C1, so active). */
  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  /** Control characters but tab, and the bidirectional overrides and isolates. */
  private static boolean isActive(char c) {
    boolean control = (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F);
    // Bidirectional overrides and isolates can make a line read differently from what it is (CVE-2021-42574).
    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return control || bidi;
  }
}

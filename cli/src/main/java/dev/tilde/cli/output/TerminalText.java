package dev.tilde.cli.output;

/**
 * Makes text from documents safe to print on a terminal: a page can carry escape sequences that would recolour,
 * retitle or clear the user's terminal, so every control character is replaced before it is printed.
 */
public final class TerminalText {
  /** Shown in place of each control character; one char for one, so snippet match offsets stay valid. */
  static final char REPLACEMENT = '\uFFFD';

  private TerminalText() {}

  /**
   * {@code text} with every control character (C0 but tab, DEL, C1; ESC among them) and bidirectional override
   * replaced by {@link #REPLACEMENT}, and line breaks by spaces.
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

  private static char shown(char c) {
    if (c == '\n' || c == '\r') {
      return ' ';
    }
    if (c == '\t') {
      return c;
    }
    boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
    // Bidirectional overrides and isolates can make a line read differently from what it is (CVE-2021-42574).
    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    return control || bidi ? REPLACEMENT : c;
  }
}

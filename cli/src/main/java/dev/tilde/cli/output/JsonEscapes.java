package dev.tilde.cli.output;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * Makes Jackson escape every character {@link TerminalText} calls unsafe as a backslash, {@code u} and four hex digits
 * (DEL, C1, bidirectional overrides and isolates, the line and paragraph separators, and C0, which JSON escapes
 * anyway), so that JSON printed to a terminal cannot act on it; it still parses to the same strings.
 */
final class JsonEscapes extends CharacterEscapes {
  static final JsonEscapes INSTANCE = new JsonEscapes();

  private final int[] ascii = standardAsciiEscapesForJSON();

  private JsonEscapes() {
    for (char c = 0; c < ascii.length; c++) {
      if (ascii[c] == ESCAPE_NONE && TerminalText.isUnsafe(c)) {
        ascii[c] = ESCAPE_STANDARD;
      }
    }
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    if (ch > Character.MAX_VALUE || !TerminalText.isUnsafe((char) ch)) {
      return null;
    }
    return new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch));
  }
}

package dev.tilde.suggest;

import java.util.Arrays;

/**
 * The part of a query string whose words a spelling suggestion may correct: the string with its field prefixes
 * ({@code body:}) and regular expressions ({@code /gu.*mala/}) blanked out, every other character kept where it is,
 * so that offsets into it are offsets into the query. The word-break rules that split text into words read a colon
 * between letters as part of one word, hence the prefixes; a regular expression is not words at all. One pass, in
 * time linear in the query's length whatever it holds.
 */
final class CorrectableText {
  private CorrectableText() {}

  /** {@code query} with field prefixes and regular expressions replaced by spaces. */
  static String of(String query) {
    char[] text = query.toCharArray();
    int fieldNameStart = -1; // where the run of characters that can name a field began, or -1
    boolean inPhrase = false;
    boolean regexpsLeft = true;
    int i = 0;
    while (i < text.length) {
      int c = Character.codePointAt(text, i);
      int next = i + Character.charCount(c);
      if (canNameField(c)) {
        fieldNameStart = fieldNameStart < 0 ? i : fieldNameStart;
        i = next;
        continue;
      }
      if (c == ':' && fieldNameStart >= 0) {
        Arrays.fill(text, fieldNameStart, next, ' ');
      }
      fieldNameStart = -1;
      if (c == '\\') {
        next = escapedEnd(text, next);
      } else if (c == '"') {
        inPhrase = !inPhrase;
      } else if (c == '/' && !inPhrase && regexpsLeft) {
        int close = regexpEnd(text, next);
        if (close < 0) {
          regexpsLeft = false; // no slash closes it, so there is no other slash: the parser read it as keywords
        } else {
          Arrays.fill(text, i, close + 1, ' ');
          next = close + 1;
        }
      }
      i = next;
    }
    return new String(text);
  }

  /** A letter, digit, {@code _} or {@code .}: what a field name is made of. */
  private static boolean canNameField(int c) {
    if (c == '_' || c == '.' || Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Where the character escaped by a backslash ending just before {@code from} ends. */
  private static int escapedEnd(char[] text, int from) {
    return from < text.length ? from + Character.charCount(Character.codePointAt(text, from)) : from;
  }

  /** The slash that closes a regular expression whose body starts at {@code from} ({@code \/} does not), or -1. */
  private static int regexpEnd(char[] text, int from) {
    for (int i = from; i < text.length; i++) {
      if (text[i] == '\\') {
        i++;
      } else if (text[i] == '/') {
        return i;
      }
    }
    return -1;
  }
}

package dev.tilde.query;

/**
 * Catalan's geminate l, written {@code l·l} ({@code col·lectiu}, {@code Col·legi}), and by many as {@code ll}: the
 * tokenizer keeps the middle dot inside the word (Unicode's word rules read U+00B7 as a letter joiner), and folding
 * to ASCII leaves it, so each spelling is the other's other form. A word typed with {@code ll} also finds the words
 * the text writes with {@code l·l}, alike; a word typed with {@code l·l} also finds them written {@code ll}, below
 * those written as typed ({@link WordQueries#AS_WRITTEN}).
 */
final class GeminateL {
  private static final String DOTTED = "l·l";
  /** U+0140, the l with a middle dot of old keyboards ({@code coŀlectiu}), which folding makes a plain l. */
  private static final char L_WITH_MIDDLE_DOT = 'ŀ';

  private GeminateL() {}

  /** {@code folded} written the other way, or {@code null} for a word with neither spelling. */
  static String otherSpelling(String folded) {
    if (folded.contains(DOTTED)) {
      return folded.replace(DOTTED, "ll");
    }
    if (folded.contains("ll") && folded.indexOf(L_WITH_MIDDLE_DOT) < 0) {
      return folded.replace("ll", DOTTED);
    }
    return null;
  }

  /** Whether {@code folded} is written with the middle dot, the spelling the other only stands in for. */
  static boolean dotted(String folded) {
    return folded.contains(DOTTED);
  }
}

package dev.tilde.acronyms;

import java.util.Locale;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/** Words folded as Tilde's queries fold them (lower case, accents removed), to compare forms of a word. */
final class Folded {
  private Folded() {}

  /** {@code word} lower-cased and folded to ASCII: {@code López} is {@code lopez}. */
  static String of(String word) {
    char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] folded = new char[lower.length * 4];
    int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
    return new String(folded, 0, length);
  }
}

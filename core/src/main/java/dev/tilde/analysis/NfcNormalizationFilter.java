package dev.tilde.analysis;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Rewrites each token in Unicode normalisation form C, so a decomposed {@code o} + U+0301 indexes and queries exactly
 * like a precomposed {@code ó}.
 *
 * <p>Working per token (rather than as a char filter) keeps offsets pointing at the text as written, and is enough:
 * word segmentation (UAX #29) never splits a letter from its combining marks. Uses the JDK's normaliser, which spares
 * us ICU4J's 15 MB for this one job.
 */
public final class NfcNormalizationFilter extends TokenFilter {
  /** NFC maps these three to U+02B9, U+003B and U+00B7. */
  private static final char GREEK_NUMERAL_SIGN = '\u0374';
  private static final char GREEK_QUESTION_MARK = '\u037E';
  private static final char GREEK_ANO_TELEIA = '\u0387';

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  /**
   * Normalises the tokens of {@code input} to NFC.
   *
   * @param input the tokens to normalise
   */
  public NfcNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!surelyNormalized(term)) {
      String text = term.toString();
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        term.setEmpty().append(Normalizer.normalize(text, Normalizer.Form.NFC));
      }
    }
    return true;
  }

  /**
   * Whether every character of the token is one no NFC step can touch: it has no decomposition, never combines with
   * its neighbours and is never reordered. Checking this first keeps most tokens free of the normaliser, which copies
   * every token it is asked about: Latin letters with their accents and Greek and Cyrillic letters are all below
   * U+0530, where only the combining diacritical marks (U+0300 to U+036F) and three Greek characters that NFC maps to
   * others fall outside this set. {@code NfcNormalizationFilterTest} checks every pair of these characters against
   * the JDK's normaliser.
   */
  static boolean surelyNormalized(CharTermAttribute term) {
    char[] buffer = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      if (!isInert(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  /** A character NFC leaves alone whatever surrounds it, when its neighbours are such characters too. */
  static boolean isInert(char c) {
    if (c < 0x300) {
      return true;
    }
    return c >= 0x370 && c < 0x530 && c != GREEK_NUMERAL_SIGN && c != GREEK_QUESTION_MARK && c != GREEK_ANO_TELEIA;
  }
}

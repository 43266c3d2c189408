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
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public NfcNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!isAsciiOnly(term)) {
      String text = term.toString();
      if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
        term.setEmpty().append(Normalizer.normalize(text, Normalizer.Form.NFC));
      }
    }
    return true;
  }

  /** ASCII is always normalised; checking for it first keeps the common English token free of allocation. */
  private static boolean isAsciiOnly(CharTermAttribute term) {
    char[] buffer = term.buffer();
    for (int i = 0, n = term.length(); i < n; i++) {
      if (buffer[i] >= 0x80) {
        return false;
      }
    }
    return true;
  }
}

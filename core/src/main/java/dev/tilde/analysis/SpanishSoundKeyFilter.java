package dev.tilde.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by its {@link SpanishSoundKey}, so names spelt differently but said alike ({@code Jerez},
 * {@code Xerez}) are one term; a token without a key (too short, or not only the letters a to z) is dropped. It runs
 * on words lower-cased and folded to ASCII.
 */
public final class SpanishSoundKeyFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

  /**
   * Keys the tokens of {@code input}.
   *
   * @param input folded, lower-cased tokens
   */
  public SpanishSoundKeyFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    int skipped = 0;
    while (input.incrementToken()) {
      String key = SpanishSoundKey.of(term.toString());
      if (key != null) {
        term.setEmpty().append(key);
        increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
        return true;
      }
      skipped += increment.getPositionIncrement();
    }
    return false;
  }
}

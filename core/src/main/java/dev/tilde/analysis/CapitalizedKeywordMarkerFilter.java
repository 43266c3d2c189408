package dev.tilde.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Marks tokens written with a capital first letter as keywords, so the stemmers after it leave names whole:
 * {@code Harris} stays {@code harris}, not {@code harri}; {@code Obrador} and {@code Giammattei} are not trimmed.
 *
 * <p>It must run before lower-casing. A capitalised ordinary word at the start of a sentence is left unstemmed too;
 * that costs little, because the unstemmed field still matches it exactly.
 */
public final class CapitalizedKeywordMarkerFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /**
   * Marks the capitalised tokens of {@code input}.
   *
   * @param input the tokens as written, before lower-casing
   */
  public CapitalizedKeywordMarkerFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (term.length() > 0 && Character.isUpperCase(Character.codePointAt(term.buffer(), 0, term.length()))) {
      keyword.setKeyword(true);
    }
    return true;
  }
}

package dev.tilde.analysis;

import java.io.IOException;
import java.io.StringReader;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * The words of a text that are names: written with a capital inside a sentence, as running text writes names and
 * not common words ({@code Jerez} in "sherry from Jerez", but not {@code Sherry} starting a sentence). Words are
 * split as the {@code standard} tokenizer splits them, and keep their offsets. A word is taken for the start of a
 * sentence when it is the text's first, or a full stop, a question or exclamation mark, a colon or a line break
 * stands between it and the word before, unless that word is an abbreviation of three letters or fewer with a
 * capital ({@code Mr. Jerez}, {@code Sra. Ybarra}). Words in capitals throughout ({@code EU}, {@code AMLO}) are
 * acronyms, not names, and left out.
 */
public final class RunningTextNamesTokenizer extends Tokenizer {
  /** Longest abbreviation whose full stop ends no sentence ({@code Mr.}, {@code Mrs.}, {@code Dr.}). */
  private static final int ABBREVIATION = 3;

  private final StandardTokenizer words = new StandardTokenizer();
  private final CharTermAttribute wordTerm = words.addAttribute(CharTermAttribute.class);
  private final OffsetAttribute wordOffset = words.addAttribute(OffsetAttribute.class);
  private final TypeAttribute wordType = words.addAttribute(TypeAttribute.class);
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);
  private String text;
  /** Where the word before ended, or -1 before the first. */
  private int previousEnd;
  /** Whether the word before was a short word with a capital, whose full stop may be an abbreviation's. */
  private boolean previousAbbreviation;

  /** @param attributes the attribute factory */
  RunningTextNamesTokenizer(AttributeFactory attributes) {
    super(attributes);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    StringBuilder read = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = input.read(buffer); n >= 0; n = input.read(buffer)) {
      read.append(buffer, 0, n);
    }
    text = read.toString();
    previousEnd = -1;
    previousAbbreviation = false;
    words.setReader(new StringReader(text));
    words.reset();
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (words.incrementToken()) {
      int start = wordOffset.startOffset();
      boolean sentenceStart = previousEnd < 0 || endsSentence(previousEnd, start);
      previousEnd = wordOffset.endOffset();
      boolean capital = Character.isUpperCase(Character.codePointAt(wordTerm, 0));
      previousAbbreviation = capital && wordTerm.length() <= ABBREVIATION;
      if (capital && !sentenceStart && hasLowerCase()) {
        clearAttributes();
        term.copyBuffer(wordTerm.buffer(), 0, wordTerm.length());
        offset.setOffset(correctOffset(start), correctOffset(wordOffset.endOffset()));
        type.setType(wordType.type());
        return true;
      }
    }
    return false;
  }

  /** Whether what stands between two words, from {@code from} to {@code to}, ends a sentence. */
  private boolean endsSentence(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' && !previousAbbreviation || c == '!' || c == '?' || c == ':' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  private boolean hasLowerCase() {
    for (int i = 1; i < wordTerm.length(); i++) {
      if (Character.isLowerCase(wordTerm.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    words.end();
    int length = text == null ? 0 : text.length();
    offset.setOffset(correctOffset(length), correctOffset(length));
  }

  @Override
  public void close() throws IOException {
    words.close();
    super.close();
    text = null;
  }
}

package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.StringReader;
import java.nio.CharBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NfcNormalizationFilterTest {
  @Test
  void composesDecomposedLettersAndLeavesTheRestAlone() throws IOException {
    assertThat(filter("Zu\u0301n\u0303iga Pen\u0303a plain")).containsExactly("Zúñiga", "Peña", "plain");
  }

  @Test
  void noTwoCharactersItLeavesToThemselvesChangeUnderNfc() {
    List<Character> inert = new ArrayList<>();
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (NfcNormalizationFilter.isInert(c)) {
        inert.add(c);
      }
    }
    assertThat(inert).hasSizeGreaterThan(0x300 + 0x100);
    char[] pair = new char[2];
    for (char first : inert) {
      assertThat(Normalizer.isNormalized(String.valueOf(first), Normalizer.Form.NFC)).as("U+%04X", (int) first)
          .isTrue();
      pair[0] = first;
      for (char second : inert) {
        pair[1] = second;
        if (!Normalizer.isNormalized(CharBuffer.wrap(pair), Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X changes under NFC", (int) first, (int) second));
        }
      }
    }
  }

  @Test
  void givesTheNormalizersTokensOnEuroparlAsWrittenAndDecomposed() throws IOException {
    int decomposedTokens = 0;
    for (TildeDocument doc : Europarl.documents()) {
      for (String text : List.of(doc.title() + "\n" + doc.body(),
          Normalizer.normalize(doc.body(), Normalizer.Form.NFD))) {
        List<String> expected = tokenize(text, false).stream()
            .map(token -> Normalizer.normalize(token, Normalizer.Form.NFC))
            .toList();
        assertThat(tokenize(text, true)).as(doc.id()).isEqualTo(expected);
        decomposedTokens += (int) expected.stream().filter(t -> !t.equals(Normalizer.normalize(t,
            Normalizer.Form.NFD))).count();
      }
    }
    assertThat(decomposedTokens).as("tokens the NFD copies gave decomposed").isGreaterThan(100_000);
  }

  @Test
  void isRegisteredWithLuceneUnderItsSpiName() {
    assertThat(TokenFilterFactory.forName(NfcNormalizationFilterFactory.NAME, new java.util.HashMap<>()))
        .isInstanceOf(NfcNormalizationFilterFactory.class);
    assertThat(TokenFilterFactory.forName(CapitalizedKeywordMarkerFilterFactory.NAME, new java.util.HashMap<>()))
        .isInstanceOf(CapitalizedKeywordMarkerFilterFactory.class);
  }

  /** The standard tokenizer's tokens of {@code text}, through the filter or as they come. */
  private static List<String> tokenize(String text, boolean normalized) throws IOException {
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    return terms(normalized ? new NfcNormalizationFilter(tokenizer) : tokenizer);
  }

  private static List<String> filter(String text) throws IOException {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    return terms(new NfcNormalizationFilterFactory(new java.util.HashMap<>(Map.of())).create(tokenizer));
  }

  private static List<String> terms(TokenStream tokens) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream stream = tokens) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        out.add(term.toString());
      }
      stream.end();
    }
    return out;
  }
}

package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class NfcNormalizationFilterTest {
  @Test
  void composesDecomposedLettersAndLeavesTheRestAlone() throws IOException {
    assertThat(filter("Zu\u0301n\u0303iga Pen\u0303a plain")).containsExactly("Zúñiga", "Peña", "plain");
  }

  @Test
  void isRegisteredWithLuceneUnderItsSpiName() {
    assertThat(TokenFilterFactory.forName(NfcNormalizationFilterFactory.NAME, new java.util.HashMap<>()))
        .isInstanceOf(NfcNormalizationFilterFactory.class);
    assertThat(TokenFilterFactory.forName(CapitalizedKeywordMarkerFilterFactory.NAME, new java.util.HashMap<>()))
        .isInstanceOf(CapitalizedKeywordMarkerFilterFactory.class);
  }

  private static List<String> filter(String text) throws IOException {
    WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new StringReader(text));
    List<String> out = new ArrayList<>();
    try (TokenStream stream = new NfcNormalizationFilterFactory(new java.util.HashMap<>(Map.of())).create(tokenizer)) {
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

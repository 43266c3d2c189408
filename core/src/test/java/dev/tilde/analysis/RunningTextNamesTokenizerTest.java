package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.SeedIndex;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which words of real text the names chain keys ({@link Schema#NAME_SOUNDS}): names written with a capital inside
 * a sentence, with the offsets of the words as written; not a word starting a sentence, not one in capitals.
 */
class RunningTextNamesTokenizerTest {
  private static final TildeAnalysis ANALYSIS = TildeAnalysis.standard();

  @Test
  void keysNamesInsideSentencesAtTheirOffsets() throws IOException {
    String text = seed("000_355b59ce4fb1aa64.txt");
    List<Token> tokens = ANALYSIS.analyze(Schema.NAME_SOUNDS, text);
    assertThat(written(tokens, text)).contains("Harris", "Guatemala", "Mexico", "López", "Obrador");
    Token lopez = tokens.stream().filter(t -> text.substring(t.startOffset(), t.endOffset()).equals("López"))
        .findFirst().orElseThrow();
    assertThat(lopez.term()).isEqualTo("lopes");
  }

  @Test
  void leavesOutWordsStartingASentenceAndWordsInCapitals() {
    String text = "Sherry comes from Jerez. Today the EU met Ybarra: Vinos del Marco sold well. Mr. Baldés agreed.";
    List<String> keys = ANALYSIS.analyze(Schema.NAME_SOUNDS, text).stream().map(Token::term).toList();
    assertThat(keys).containsExactly("jeres", "ibara", "marko", "baldes");
  }

  @Test
  void keysTheSameNameSpeltAlikeToOneTerm() {
    List<String> keys = ANALYSIS.analyze(Schema.NAME_SOUNDS,
        "We met Jerez, Gerez and Xerez, then Vázquez and Vásquez, then Hernández and Ernández.").stream()
        .map(Token::term).distinct().toList();
    assertThat(keys).containsExactly("jeres", "baskes", "ernandes");
  }

  private static List<String> written(List<Token> tokens, String text) {
    return tokens.stream().map(t -> text.substring(t.startOffset(), t.endOffset())).toList();
  }

  private static String seed(String name) throws IOException {
    for (Path seed : SeedIndex.seedFiles()) {
      if (seed.getFileName().toString().equals(name)) {
        return Files.readString(seed, StandardCharsets.UTF_8);
      }
    }
    throw new IllegalArgumentException(name);
  }
}

package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

/**
 * The Spanish sound key of names: the spellings Spanish says alike share it, names that sound apart do not, and on
 * Europarl's names (every word the names chain keeps) few share a key with another.
 */
class SpanishSoundKeyTest {
  @Test
  void mergesSpellingsSpanishSaysAlike() {
    assertThat(keys("jerez", "gerez", "xerez")).hasSize(1);
    assertThat(keys("ibarra", "ybarra")).hasSize(1);
    assertThat(keys("valdes", "baldes")).hasSize(1);
    assertThat(keys("vazquez", "vasquez", "basquez")).hasSize(1);
    assertThat(keys("hernandez", "ernandez")).hasSize(1);
    assertThat(keys("quesada", "kesada")).hasSize(1); // c, k, qu
    assertThat(keys("cuellar", "cueyar")).hasSize(1); // ll, y
    assertThat(keys("jimenez", "gimenez", "ximenez")).hasSize(1);
    assertThat(keys("garay", "garai")).hasSize(1);
    assertThat(keys("catalunya", "cataluna")).hasSize(1); // Catalan ny, Spanish ñ folded
    assertThat(keys("carvalho", "carvallo")).hasSize(1); // Portuguese lh, Spanish ll
    assertThat(keys("espanha", "espana")).hasSize(1); // Portuguese nh, Spanish ñ folded
  }

  @Test
  void keepsApartNamesThatSoundApart() {
    assertThat(keys("garcia", "garza")).hasSize(2); // c before i is s, z is s: but the vowels differ
    assertThat(keys("gonzalez", "gomez")).hasSize(2);
    assertThat(keys("cabrera", "sabrera")).hasSize(2); // c before a is k
    assertThat(keys("guerra", "jerra")).hasSize(2); // gue is a hard g
    assertThat(keys("morales", "murales")).hasSize(2); // vowels are kept
  }

  @Test
  void givesNoKeyToShortWordsOrWordsWithOtherSigns() {
    assertThat(SpanishSoundKey.of("cohn")).isNull();
    assertThat(SpanishSoundKey.of("o'neill")).isNull();
    assertThat(SpanishSoundKey.of("g8")).isNull();
    assertThat(SpanishSoundKey.of("lopez")).isEqualTo("lopes");
  }

  @Test
  void fewEuroparlNamesShareTheirKeyWithAnother() throws IOException {
    Map<String, Set<String>> byKey = new HashMap<>();
    Set<String> names = new HashSet<>();
    TildeAnalysis analysis = TildeAnalysis.standard();
    for (TildeDocument doc : Europarl.documents()) {
      for (Token token : analysis.analyze(Schema.NAME_SOUNDS, doc.body())) {
        byKey.computeIfAbsent(token.term(), k -> new TreeSet<>());
      }
      names.addAll(wordsOf(doc.body()));
    }
    for (String name : names) {
      String key = SpanishSoundKey.of(name);
      if (key != null && byKey.containsKey(key)) {
        byKey.get(key).add(name);
      }
    }
    long sharing = byKey.values().stream().filter(words -> words.size() > 1).mapToLong(Set::size).sum();
    long keyed = byKey.values().stream().mapToLong(Set::size).sum();
    // About 23,700 names keyed, 990 (4.2%) sharing a key, mostly one word's spellings across languages.
    assertThat(keyed).isGreaterThan(20_000);
    assertThat((double) sharing / keyed).isLessThan(0.05);
    assertThat(byKey.get(SpanishSoundKey.of("gonzalez"))).containsExactly("gonzales", "gonzalez");
    assertThat(byKey.get(SpanishSoundKey.of("berlusconi"))).containsExactly("berlusconi");
    assertThat(byKey.get(SpanishSoundKey.of("poettering"))).containsExactly("poettering", "poetterring");
  }

  /** The folded words the names chain keeps of {@code text}, before they are keyed. */
  private static List<String> wordsOf(String text) {
    return TildeAnalysis.tokens(NAMES_FOLDED, "", text).stream().map(Token::term).toList();
  }

  /** The names chain without its last filter, the key. */
  private static final Analyzer NAMES_FOLDED = new AnalysisChain("names-folded", TildeAnalysis.NAMES.tokenizer(),
      TildeAnalysis.NAMES.filters().subList(0, TildeAnalysis.NAMES.filters().size() - 1))
      .build(new ClasspathResourceLoader(SpanishSoundKeyTest.class.getClassLoader()));

  private static Set<String> keys(String... words) {
    Set<String> keys = new HashSet<>();
    for (String word : words) {
      keys.add(SpanishSoundKey.of(word));
    }
    return keys;
  }
}

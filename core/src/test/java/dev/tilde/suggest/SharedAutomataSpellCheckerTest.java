package dev.tilde.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Version;
import org.junit.jupiter.api.Test;

/** Shared automata change nothing in what the spelling checker proposes. */
class SharedAutomataSpellCheckerTest {
  /** Misspelt and correct words of the seeds and Europarl, short and long, folded as the index holds them. */
  private static final List<String> WORDS = List.of("migrasion", "migration", "guatamala", "obradir", "leader",
      "comision", "parlamentu", "gemeenschapelijk", "fernandes", "kinock", "mexikp", "presidnet", "europaische",
      "harris", "erittain");

  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();

  @Test
  void proposesWhatLucenesDirectSpellCheckerProposes() throws IOException {
    SharedFuzzyAutomata automata = new SharedFuzzyAutomata(SharedFuzzyAutomata.DEFAULT_BYTES);
    int compared = 0;
    for (int maxEdits = 1; maxEdits <= 2; maxEdits++) {
      DirectSpellChecker lucene = new DirectSpellChecker();
      lucene.setMaxEdits(maxEdits);
      DirectSpellChecker shared = new SharedAutomataSpellChecker(automata, maxEdits);
      for (String field : List.of(Schema.TITLE, Schema.BODY)) {
        for (String word : WORDS) {
          for (SuggestMode mode : List.of(SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, SuggestMode.SUGGEST_MORE_POPULAR)) {
            Term term = new Term(field, word);
            String[] expected = described(lucene.suggestSimilar(term, 5, reader, mode));
            assertThat(described(shared.suggestSimilar(term, 5, reader, mode)))
                .as("%s in %s, %s, %d edits", word, field, mode, maxEdits).containsExactly(expected);
            compared += expected.length;
          }
        }
      }
    }
    assertThat(compared).as("suggestions compared").isGreaterThan(50);
  }

  private static String[] described(SuggestWord[] words) {
    return Arrays.stream(words).map(w -> w.string + " " + w.score + " " + w.freq).toArray(String[]::new);
  }

  @Test
  void wasLastCheckedAgainstTheLuceneItRunsOn() {
    assertThat(Version.LATEST.toString())
        .as("SharedAutomataSpellChecker copies Lucene %s's DirectSpellChecker.suggestSimilar loop: compare it with"
            + " this Lucene's, then update SharedAutomataSpellChecker.MIRRORS_LUCENE",
            SharedAutomataSpellChecker.MIRRORS_LUCENE)
        .isEqualTo(SharedAutomataSpellChecker.MIRRORS_LUCENE);
  }
}

package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.schema.Schema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/**
 * The other forms of one word a user typed, besides the folded one every word is searched as: the word as written
 * where folding changed it ({@code lópez}), and its English and Spanish stems (names, capitalised, stay whole; stop
 * words have none). Found by analysing the typed text once per chain and pairing the tokens that start at the same
 * character, so a stem is the stem of the word as typed, capitals included.
 *
 * @param asWritten the word with its accents, or null when it has none
 * @param english the word as the English body field indexes it, or null (a stop word)
 * @param spanish the word as the Spanish body field indexes it, or null (a stop word)
 */
record WordForms(String asWritten, String english, String spanish) {
  private static final WordForms NONE = new WordForms(null, null, null);

  /**
   * The words of a run as typed: folded, in order (repeats included), with where each stands in the text, and the
   * forms of each by its folded form (a word typed twice keeps its first forms).
   */
  record Run(List<Token> tokens, Map<String, WordForms> forms) {
    /** The folded words, in order. */
    List<String> folded() {
      return tokens.stream().map(Token::term).toList();
    }
  }

  /** The words of {@code text} and their forms, each chain analysing the text once. */
  static Run of(TildeAnalysis analysis, String text) {
    Map<Integer, String> exact = byStart(analysis.exactAnalyzer(), "", text);
    Map<Integer, String> english = byStart(analysis.queryAnalyzer(), Schema.BODY_EN, text);
    Map<Integer, String> spanish = byStart(analysis.queryAnalyzer(), Schema.BODY_ES, text);
    List<Token> words = TildeAnalysis.tokens(analysis.foldedAnalyzer(), "", text);
    Map<String, WordForms> forms = new HashMap<>();
    for (Token folded : words) {
      String written = exact.get(folded.startOffset());
      forms.putIfAbsent(folded.term(), new WordForms(folded.term().equals(written) ? null : written,
          english.get(folded.startOffset()), spanish.get(folded.startOffset())));
    }
    return new Run(List.copyOf(words), forms);
  }

  /** The forms of {@code folded} in {@code forms}, none for a word that was not typed (an alias's). */
  static WordForms in(Map<String, WordForms> forms, String folded) {
    return forms.getOrDefault(folded, NONE);
  }

  private static Map<Integer, String> byStart(Analyzer analyzer, String field, String text) {
    Map<Integer, String> terms = new HashMap<>();
    for (Token token : TildeAnalysis.tokens(analyzer, field, text)) {
      terms.putIfAbsent(token.startOffset(), token.term());
    }
    return terms;
  }
}

package dev.tilde.suggest;

import dev.tilde.query.QueryBuilder;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.search.SearchDeadline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query ("did you mean") built from the words the index itself holds, with Lucene's
 * {@link DirectSpellChecker} (no separate dictionary to build or keep in step).
 *
 * <p>It looks for a correction when a query finds nothing or very little, when one of its words is in no document
 * (its hits, if any, came from the other words or from typo tolerance), or when the caller knows the hits came only
 * through typo tolerance. A correction is offered only if it finds at least as many documents as the query did.
 */
public final class SpellingSuggester {
  /** At most this many hits is "very little": worth checking whether a rare word is a misspelt common one. */
  public static final int FEW_HITS = 2;

  /** A word that is in the index is replaced only by one in at least this many times as many documents. */
  private static final int MORE_POPULAR_FACTOR = 5;

  /** The classic query syntax's operators, which are not words to correct. */
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "TO");

  /**
   * Words shorter than this are corrected by one edit at most, longer ones by two: typo tolerance's rule. Two edits
   * on a short word reach too many other words, and the automata for two edits are the costly part of a check.
   */
  public static final int TWO_EDITS_FROM_LETTERS = 9;

  private final Analyzer analyzer;
  private final DirectSpellChecker oneEdit;
  private final DirectSpellChecker twoEdits;

  /**
   * A suggester for one index.
   *
   * @param analyzer reads the query's words as the index spells them
   * @param automata the index's typo automata, which the checks share with typo tolerance
   */
  public SpellingSuggester(Analyzer analyzer, SharedFuzzyAutomata automata) {
    this.analyzer = analyzer;
    this.oneEdit = new SharedAutomataSpellChecker(automata, 1);
    this.twoEdits = new SharedAutomataSpellChecker(automata, 2);
  }

  /**
   * The corrected query for {@code query}, or {@code null} when none is worth offering.
   *
   * @param reader the index whose words are the dictionary
   * @param query the query as the user typed it
   * @param fields the fields the query searched; their words are the candidates
   * @param total how many documents the query found
   * @param hitsOnlyThroughTypoTolerance whether the query builder reports that every hit matched only a fuzzy
   *     variant of what was typed, which makes even words that are in the index worth a check
   * @param hitsFor counts the documents a query string finds with the same options, to vet the correction
   * @param deadline the search's: once it is reached no further word is checked, and there is no suggestion (a
   *     count cut short proves nothing)
   * @return the corrected query, or {@code null}
   */
  public String suggest(IndexReader reader, String query, List<String> fields, long total,
      boolean hitsOnlyThroughTypoTolerance, ToLongFunction<String> hitsFor, SearchDeadline deadline) {
    boolean checkRareWords = total <= FEW_HITS || hitsOnlyThroughTypoTolerance;
    try {
      StringBuilder corrected = new StringBuilder(query.length());
      int copied = 0;
      for (Word word : words(query, fields.get(0))) {
        if (deadline.shouldExit()) {
          return null;
        }
        String replacement = correction(reader, fields, word.term(), checkRareWords);
        if (replacement != null) {
          corrected.append(query, copied, word.start())
              .append(inCaseOf(query.substring(word.start(), word.end()), replacement));
          copied = word.end();
        }
      }
      if (copied == 0) {
        return null;
      }
      String suggestion = corrected.append(query, copied, query.length()).toString();
      long found = hitsFor.applyAsLong(suggestion);
      return found > 0 && found >= total && !deadline.reached() ? suggestion : null;
    } catch (ExitingReaderException outOfTime) {
      return null; // the reader stopped at the deadline
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The word of {@code fields} likeliest to be meant by {@code word}, which none of them holds: the fewest edits
   * away, then the most frequent, as a suggestion would put it.
   *
   * @param reader the index whose words are the dictionary
   * @param fields the fields whose words are the candidates
   * @param word the word, as the index spells its words
   * @return the correction, or {@code null} if there is none
   */
  public String correctionOf(IndexReader reader, List<String> fields, String word) {
    try {
      return correction(reader, fields, word, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A better-known word for {@code term}, or {@code null} to keep it (always when too long to be a name). */
  private String correction(IndexReader reader, List<String> fields, String term, boolean checkRareWords)
      throws IOException {
    int length = term.codePointCount(0, term.length());
    if (length > QueryBuilder.MAX_TYPO_TOLERANT_LENGTH) {
      return null;
    }
    long docFreq = 0;
    for (String field : fields) {
      docFreq += reader.docFreq(new Term(field, term));
    }
    if (docFreq > 0 && !checkRareWords) {
      return null;
    }
    SuggestMode mode = docFreq == 0 ? SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX : SuggestMode.SUGGEST_MORE_POPULAR;
    DirectSpellChecker spellChecker = length >= TWO_EDITS_FROM_LETTERS ? twoEdits : oneEdit;
    SuggestWord best = null;
    for (String field : fields) {
      for (SuggestWord candidate : spellChecker.suggestSimilar(new Term(field, term), 1, reader, mode)) {
        if (best == null || candidate.score > best.score
            || (candidate.score == best.score && candidate.freq > best.freq)) {
          best = candidate;
        }
      }
    }
    if (best == null || (docFreq > 0 && best.freq < docFreq * MORE_POPULAR_FACTOR)) {
      return null;
    }
    return best.string;
  }

  /**
   * The words of {@code query} as the index spells them, with where each stands in the query, in order; neither field
   * names nor what regular expressions hold.
   */
  private List<Word> words(String query, String field) throws IOException {
    List<Word> words = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, CorrectableText.of(query))) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        int start = offset.startOffset();
        int end = offset.endOffset();
        boolean operator = OPERATORS.contains(query.substring(start, end));
        // Several tokens from one span (synonyms, stacked forms) would be replaced twice; correct the first only.
        boolean sameSpan = !words.isEmpty() && words.get(words.size() - 1).start() == start;
        if (!operator && !sameSpan) {
          words.add(new Word(term.toString(), start, end));
        }
      }
      tokens.end();
    }
    return words;
  }

  /** {@code replacement} in the case the user typed {@code original} in: all capitals, capitalised, or as is. */
  private static String inCaseOf(String original, String replacement) {
    if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))
        && !original.equals(original.toLowerCase(Locale.ROOT))) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(original.codePointAt(0))) {
      return replacement.substring(0, 1).toUpperCase(Locale.ROOT) + replacement.substring(1);
    }
    return replacement;
  }

  private record Word(String term, int start, int end) {}
}

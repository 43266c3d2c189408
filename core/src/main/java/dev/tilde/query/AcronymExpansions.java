package dev.tilde.query;

import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.analysis.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The acronyms an index learned from its text ({@link IndexedTerms#acronyms()}), applied to what a user typed: a
 * typed acronym also finds its long forms ({@code PRI}: {@code Partido Revolucionario Institucional}), and typed words
 * that are a long form also find its acronym. Either way the form the user typed ranks first: the other form scores
 * as the typed one would in the same document ({@link StandInScores}), times {@link #LONG_FORM} for a long form in
 * place of an acronym and {@link #ACRONYM} for an acronym in place of a long form. A word typed in lower case is read
 * as an acronym only where the index holds it in few documents ({@code amlo}, not {@code ten}, which Europarl
 * defines as {@code transeuropeiska nät (TEN)}). Not thread-safe: one per query.
 */
final class AcronymExpansions {
  /**
   * A long form in place of a typed acronym: this much of what the acronym written once would weigh there. Measured
   * on Europarl's acronyms (bench's acronym group): from 0.5 on, a document that only spells an acronym out ranks
   * above some that write it.
   */
  static final float LONG_FORM = 0.3f;
  /**
   * An acronym in place of typed words that are its long form: what their phrase written once would weigh there. A
   * document with the words also scores each of them, so it ranks above one with the acronym alone, and that one
   * above a document with some of the words only.
   */
  static final float ACRONYM = 1.0f;
  /** Most words of a long form looked for among the typed words. */
  private static final int LONGEST_LONG_FORM = 12;
  /** Longest acronym looked up. */
  private static final int LONGEST_ACRONYM = 10;

  private final IndexedTerms indexed;
  /** The acronyms and long forms the query was built with, as {@link LearnedAcronyms#pair} writes them. */
  private final Set<String> used = new LinkedHashSet<>();
  /** The long forms of the acronyms of the run being read. */
  private Map<String, List<String>> longForms = Map.of();

  /**
   * @param indexed the index's terms, or {@code null} for none: no acronyms are then expanded
   */
  AcronymExpansions(IndexedTerms indexed) {
    this.indexed = indexed;
  }

  /** The acronyms and long forms the query was built with, as {@link LearnedAcronyms#pair} writes them. */
  List<String> used() {
    return List.copyOf(used);
  }

  /**
   * Looks up the long forms of the words of the run {@code text} that may be acronyms, before it is read:
   * {@code tokens} are its words folded.
   */
  void readRun(String text, List<Token> tokens) {
    if (indexed == null) {
      return;
    }
    List<String> folded = tokens.stream().map(Token::term).toList();
    Set<String> capitalised = new HashSet<>();
    for (Token token : tokens) {
      if (text.substring(token.startOffset(), token.endOffset()).chars().anyMatch(Character::isUpperCase)) {
        capitalised.add(token.term());
      }
    }
    List<String> candidates = folded.stream().distinct()
        .filter(word -> word.length() >= 2 && word.length() <= LONGEST_ACRONYM
            && word.chars().allMatch(Character::isLetterOrDigit))
        .filter(word -> capitalised.contains(word)
            || indexed.mayBeAcronym(word))
        .toList();
    longForms = candidates.isEmpty() ? Map.of() : indexed.acronyms().longForms(candidates);
  }

  /** The query for the long forms of the typed {@code word} in its place, or {@code null} if it has none. */
  Query longForms(WordQueries words, String word) {
    List<String> forms = longForms.get(word);
    if (forms == null || forms.isEmpty()) {
      return null;
    }
    List<Query> alternatives = new ArrayList<>();
    for (String longForm : forms) {
      alternatives.add(words.standingIn(List.of(longForm.split(" ")), List.of(word)));
      used.add(LearnedAcronyms.pair(word, longForm));
    }
    return new BoostQuery(WordQueries.best(alternatives), LONG_FORM);
  }

  /**
   * {@code run}, the query of the typed words {@code folded}, also finding the acronyms of the long forms among them:
   * the longest first, from the left, each once.
   */
  Query withAcronyms(WordQueries words, Query run, List<String> folded) {
    if (indexed == null || folded.size() < 2) {
      return run;
    }
    List<String> longForms = new ArrayList<>();
    for (int start = 0; start < folded.size(); start++) {
      for (int end = start + 2; end <= Math.min(folded.size(), start + LONGEST_LONG_FORM); end++) {
        longForms.add(String.join(" ", folded.subList(start, end)));
      }
    }
    Map<String, List<String>> acronyms = indexed.acronyms().acronymsOf(longForms);
    if (acronyms.isEmpty()) {
      return run;
    }
    BooleanQuery.Builder with = new BooleanQuery.Builder().add(run, BooleanClause.Occur.SHOULD);
    int start = 0;
    while (start < folded.size()) {
      int end = Math.min(folded.size(), start + LONGEST_LONG_FORM);
      while (end >= start + 2 && !acronyms.containsKey(String.join(" ", folded.subList(start, end)))) {
        end--;
      }
      if (end < start + 2) {
        start++;
        continue;
      }
      String longForm = String.join(" ", folded.subList(start, end));
      List<Query> alternatives = new ArrayList<>();
      for (String acronym : acronyms.get(longForm)) {
        alternatives.add(words.standingIn(List.of(acronym), folded.subList(start, end)));
        used.add(LearnedAcronyms.pair(acronym, longForm));
      }
      with.add(new BoostQuery(WordQueries.best(alternatives), ACRONYM), BooleanClause.Occur.SHOULD);
      start = end;
    }
    return with.build();
  }
}

package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.schema.Schema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Which words of one query get typo tolerance, and how much it weighs: none under 5 letters, one edit from 5, two
 * from 9, never in the first letter, for the first few words only. A word the index has is matched by its typos
 * only faintly and by one edit, and not at all once it is in a few documents; a word it lacks is most likely the typo, and its neighbours count
 * almost as much as the word would. Of those neighbours, the one a spelling suggester would put in its place (the
 * fewest edits away, then the most frequent: {@link IndexedTerms#correction}) counts that much, and the others
 * less: the likeliest reading of "Balir" is "Blair", not a rarer "Bali". A word of 4 letters the index lacks is
 * matched by that correction only, and only if it swaps two neighbouring letters ("Lmay" is "Lamy"; "Kahm" could be
 * "kaum" or "Kahn"). A word with an alias is never corrected.
 * Not thread-safe: one per query.
 */
final class TypoTolerance {
  /** How much a typo of a word the index has counts, next to the word itself. */
  private static final float TYPO_OF_KNOWN_WORD = 0.05f;
  /** How much the neighbours of a word the index lacks count: less than a word typed right, more than a stem. */
  static final float TYPO_OF_UNKNOWN_WORD = 0.7f;
  /**
   * How much the neighbours of a word the index lacks count beside its correction: a rarer neighbour's higher IDF
   * must not outweigh the likelier reading, yet a document with it is still found.
   */
  private static final float OTHER_TYPO_OF_CORRECTED_WORD = 0.2f;
  /** Shortest word the index lacks that is corrected; a shorter one has too many neighbours to guess from. */
  private static final int SHORTEST_CORRECTED = 4;
  /** Words of a query that get typo tolerance, so one query stays far below Lucene's clause limit. */
  private static final int TYPO_WORDS = 8;
  /**
   * A word the index has in at least this many documents' bodies gets no typo tolerance: those are its spellings,
   * its exact matches come before a typo of it would score, and its neighbours are mostly other words ("model",
   * "models", "motel"), which cost a fifth of a search's time to find, score and highlight. A rarer word, a name
   * written in a handful of documents, may be misspelt in others.
   */
  static final int COMMON_WORD_DOCUMENTS = 5;
  /** The most edits a typo of a word the index has is searched with: a misspelling in print is one letter. */
  private static final int EDITS_OF_KNOWN_WORD = 1;
  /** Terms each typo-tolerant word expands to, per field. */
  static final int EXPANSIONS = 10;
  /** Letters at the start of a word that typo tolerance never changes. */
  static final int KEPT_PREFIX = 1;

  private final TildeAnalysis analysis;
  private final IndexedTerms indexed;
  private final Set<String> unknownWords = new LinkedHashSet<>();
  /** Whether each known word asked about is common, in the order asked: asked once per word, as {@link #known}. */
  private final Map<String, Boolean> common = new LinkedHashMap<>();
  private final Set<String> tolerant = new LinkedHashSet<>();
  /** Whether each word asked about is in the index: asked once, as a remote index answers over the network. */
  private final Map<String, Boolean> known = new HashMap<>();
  /** The correction of each word asked about that the index lacks, {@code null} for none: asked once per word. */
  private final Map<String, String> corrections = new HashMap<>();
  /** The typed words the alias table gives other words ({@link #noteAliases}). */
  private final Set<String> aliased = new HashSet<>();

  /**
   * @param indexed the terms of the index the query will run on, to tell known words from typos; {@code null} treats
   *     every word as known
   */
  TypoTolerance(TildeAnalysis analysis, IndexedTerms indexed) {
    this.analysis = analysis;
    this.indexed = indexed;
  }

  /** The folded words that have no exact match in the index, so matched only through typo tolerance (if at all). */
  Set<String> unknownWords() {
    return unknownWords;
  }

  /** The folded words the index has in so many documents ({@link #COMMON_WORD_DOCUMENTS}) that typos skip them. */
  Set<String> commonWords() {
    Set<String> words = new LinkedHashSet<>();
    common.forEach((word, isCommon) -> {
      if (isCommon) {
        words.add(word);
      }
    });
    return words;
  }

  /** The corrections found of the words the index lacks ({@link #correction}), by word. */
  Map<String, String> corrections() {
    Map<String, String> found = new LinkedHashMap<>();
    corrections.forEach((word, correction) -> {
      if (correction != null) {
        found.put(word, correction);
      }
    });
    return found;
  }

  /**
   * The edits {@code word} is searched with, 0 for none: typo tolerance as Meilisearch sets it, but never in the
   * first letter (Meilisearch counts a wrong first letter as two typos; Tilde never tries it, which also keeps the
   * scan of the terms dictionary to the words that share the first letter, many times faster), and none over
   * {@link QueryBuilder#MAX_TYPO_TOLERANT_LENGTH} letters: no name is that long.
   */
  int edits(String word) {
    int letters = word.codePointCount(0, word.length());
    if (letters < 5 || !isTolerant(word)) {
      return 0;
    }
    return letters >= 9 ? 2 : 1;
  }

  /**
   * Whether {@code word} is a typo: typo-tolerant, and not in the index as such or stemmed; a word of
   * {@link #SHORTEST_CORRECTED} letters only if it has a correction.
   */
  boolean isUnknown(String word) {
    return edits(word) > 0 ? !isKnown(word) : correction(word) != null;
  }

  /** Whether {@code word} is a typo long enough for typo tolerance: {@link #isUnknown}, asking for no correction. */
  boolean lacks(String word) {
    return edits(word) > 0 && !isKnown(word);
  }

  /**
   * The correction of {@code word} if the index lacks it ({@link IndexedTerms#correction}), for the typo-tolerant
   * words only; {@code null} if it has none, or the index has the word.
   */
  String correction(String word) {
    if (indexed == null || word.codePointCount(0, word.length()) < SHORTEST_CORRECTED || !isTolerant(word)
        || isKnown(word) || hasAlias(word)) {
      return null;
    }
    if (!corrections.containsKey(word)) {
      // A short word is one substitution away from too many others to guess from, but rarely two swaps.
      String correction = edits(word) == 0 ? indexed.swapCorrection(word, KEPT_PREFIX) : indexed.correction(word);
      corrections.put(word, correction);
      if (correction != null) {
        unknownWords.add(word);
      }
    }
    return corrections.get(word);
  }

  /**
   * Notes which of {@code words} (folded, typed) the alias table gives other words: a user who typed an alias
   * ("Peje") meant it, and it is never corrected. Asked before the words are read as a query, as the analyzer cannot
   * read a word while it reads the query.
   */
  void noteAliases(List<String> words) {
    for (String word : words) {
      if (TildeAnalysis.tokens(analysis.queryAnalyzer(), Schema.TITLE, word).stream()
          .anyMatch(token -> !token.term().equals(word))) {
        aliased.add(word);
      }
    }
  }

  private boolean hasAlias(String word) {
    return aliased.contains(word);
  }

  /** Whether {@code word} is one of the first few words short enough, and all letters, to get typo tolerance. */
  private boolean isTolerant(String word) {
    if (word.codePointCount(0, word.length()) > QueryBuilder.MAX_TYPO_TOLERANT_LENGTH
        || !word.codePoints().allMatch(Character::isLetter)) {
      return false;
    }
    if (!tolerant.contains(word)) {
      if (tolerant.size() >= TYPO_WORDS) {
        return false;
      }
      tolerant.add(word);
    }
    return true;
  }

  /** The typo-tolerant query for {@code word} in {@code field}, weighted as above; null if it gets none. */
  Query query(String field, String word) {
    int edits = edits(word);
    if (edits == 0) {
      return null;
    }
    boolean known = isKnown(word);
    if (known && isCommon(word)) {
      return null;
    }
    float weight = TYPO_OF_KNOWN_WORD;
    if (known) {
      edits = Math.min(edits, EDITS_OF_KNOWN_WORD);
    } else {
      unknownWords.add(word);
      weight = correction(word) == null ? TYPO_OF_UNKNOWN_WORD : OTHER_TYPO_OF_CORRECTED_WORD;
    }
    return new BoostQuery(fuzzy(new Term(field, word), edits, KEPT_PREFIX, EXPANSIONS), weight);
  }

  /**
   * A fuzzy query whose expansions each score with their own term statistics. Lucene's default blends them across
   * expansions, which a sharded index cannot reproduce: OpenSearch's dfs_query_then_fetch keeps one set of
   * statistics per term, so a word that is both typed exactly and an expansion would score differently on a cluster.
   */
  static FuzzyQuery fuzzy(Term term, int edits, int prefixLength, int expansions) {
    return new FuzzyQuery(term, edits, prefixLength, expansions, FuzzyQuery.defaultTranspositions,
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(expansions));
  }

  /** Whether the index has {@code word} in so many documents that its typos are not searched. */
  private boolean isCommon(String word) {
    return indexed != null
        && common.computeIfAbsent(word, w -> indexed.inAtLeast(Schema.BODY, w, COMMON_WORD_DOCUMENTS));
  }

  /** Whether the index has {@code word} as such, or stemmed ("migrating" is no typo where "migration" is indexed). */
  private boolean isKnown(String word) {
    return indexed == null || known.computeIfAbsent(word, this::isIndexed);
  }

  private boolean isIndexed(String word) {
    if (indexed.contains(Schema.BODY, word) || indexed.contains(Schema.TITLE, word)) {
      return true;
    }
    for (String stemmed : List.of(Schema.BODY_EN, Schema.BODY_ES)) {
      for (Token stem : TildeAnalysis.tokens(analysis.queryAnalyzer(), stemmed, word)) {
        if (indexed.contains(stemmed, stem.term())) {
          return true;
        }
      }
    }
    return false;
  }
}

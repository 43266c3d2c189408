package dev.tilde.query;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;

/**
 * The Levenshtein automata of the words searched lately, shared by every typo-tolerant clause that looks for the same
 * word: in the title and the body of one query, and in the searches that follow. Lucene's {@link FuzzyQuery} builds a
 * set per field at every rewrite.
 *
 * <p>Building them was the largest part of a search's time: two edits, for words of nine letters or more, take about
 * a millisecond a word, while searching the index for them takes a fraction of that; and searches repeat words (the
 * names in the news). The queries {@link #share} gives rewrite to exactly what the fuzzy queries they replace rewrite
 * to: the same terms, boosts and term statistics, so no score changes. Use them on a local index; a query sent to a
 * cluster keeps its fuzzy clauses. Holds the automata of at most {@code maxWords} words (a few to a few hundred KB
 * each), dropping the least recently used. Thread-safe.
 */
public final class SharedFuzzyAutomata {
  /** Words whose automata an index keeps unless told otherwise. */
  public static final int DEFAULT_WORDS = 256;

  private final Map<Key, FuzzyAutomata> byWord;

  /** Keeps the automata of at most {@code maxWords} words; 0 keeps them only for the query being shared. */
  public SharedFuzzyAutomata(int maxWords) {
    this.byWord = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, FuzzyAutomata> eldest) {
        return size() > maxWords;
      }
    };
  }

  /** {@code query} with its fuzzy clauses sharing automata word by word; {@code query} itself if it has none. */
  public Query share(Query query) {
    return new Replacer().replace(query);
  }

  /**
   * The terms of {@code terms} within {@code maxEdits} edits of {@code word}, its first {@code prefixLength}
   * letters kept, each with the boost Lucene's {@code FuzzyTermsEnum} gives it in its {@link
   * org.apache.lucene.search.BoostAttribute} (1 for the word itself, else one less the edits over the shorter
   * length): what a spelling checker ranks candidates by. Setting the enumeration's {@link
   * org.apache.lucene.search.MaxNonCompetitiveBoostAttribute} to the lowest boost still worth having lets it skip
   * the terms that cannot have more.
   */
  public TermsEnum termsWithin(Terms terms, String word, int maxEdits, int prefixLength, boolean transpositions)
      throws IOException {
    FuzzyAutomata automata = automataOf(new Key(word, maxEdits, prefixLength, transpositions));
    return new FuzzyCandidates(terms, new org.apache.lucene.util.AttributeSource(), new BytesRef(word), automata);
  }

  /** What decides a fuzzy query's automata: everything but the field. */
  private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {}

  private FuzzyAutomata automataOf(Key key) {
    synchronized (byWord) {
      return byWord.computeIfAbsent(key,
          k -> new FuzzyAutomata(k.text(), k.maxEdits(), k.prefixLength(), k.transpositions()));
    }
  }

  /** Rebuilds one query; its own map shares automata within the query even when the cache keeps none. */
  private final class Replacer {
    private final Map<Key, FuzzyAutomata> inQuery = new java.util.HashMap<>();

    Query replace(Query query) {
      return switch (query) {
        case FuzzyQuery fuzzy when fuzzy.getMaxEdits() > 0 -> shared(fuzzy);
        case BooleanQuery bool -> replaceClauses(bool);
        case BoostQuery boost -> {
          Query inner = replace(boost.getQuery());
          yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
        }
        case ConstantScoreQuery constant -> {
          Query inner = replace(constant.getQuery());
          yield inner == constant.getQuery() ? constant : new ConstantScoreQuery(inner);
        }
        case DisjunctionMaxQuery max -> {
          List<Query> disjuncts = max.getDisjuncts().stream().map(this::replace).toList();
          yield new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
        }
        default -> query;
      };
    }

    private Query replaceClauses(BooleanQuery bool) {
      BooleanQuery.Builder rebuilt = new BooleanQuery.Builder()
          .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      boolean changed = false;
      for (BooleanClause clause : bool.clauses()) {
        Query inner = replace(clause.query());
        changed |= inner != clause.query();
        rebuilt.add(inner, clause.occur());
      }
      return changed ? rebuilt.build() : bool;
    }

    private Query shared(FuzzyQuery fuzzy) {
      Key key = new Key(fuzzy.getTerm().text(), fuzzy.getMaxEdits(), fuzzy.getPrefixLength(),
          fuzzy.getTranspositions());
      return new SharedAutomatonFuzzyQuery(fuzzy, inQuery.computeIfAbsent(key, SharedFuzzyAutomata.this::automataOf));
    }
  }
}

package dev.tilde.query;

import java.io.IOException;
import java.util.Iterator;
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
import org.apache.lucene.util.AttributeSource;
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
 * cluster keeps its fuzzy clauses. The automata kept take at most a given amount of memory (a word's take about
 * 15 KB with one edit, 150 to 400 KB with two), the least recently used word's going first. Thread-safe.
 */
public final class SharedFuzzyAutomata {
  /** The memory an index's kept automata may take unless told otherwise: as much as Lucene's own query cache. */
  public static final long DEFAULT_BYTES = 32L << 20;
  /** Most words kept, whatever their automata take: a word whose automata were never built takes nothing. */
  private static final int MAX_WORDS = 4096;

  private final long maxBytes;
  /** By word, least recently used first; guarded by itself, as is {@link #bytes}. */
  private final Map<Key, Kept> byWord = new LinkedHashMap<>(16, 0.75f, true);
  private long bytes;

  /**
   * Keeps automata taking at most {@code maxBytes}; with 0 they serve only the query they were built for.
   *
   * @param maxBytes the memory budget, in bytes
   */
  public SharedFuzzyAutomata(long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes must be 0 or more, not " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * {@code query} with its fuzzy clauses sharing automata word by word; {@code query} itself if it has none.
   *
   * @param query the query to rewrite
   * @return the query whose fuzzy clauses use the shared automata
   */
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
   *
   * @param terms the field's terms to enumerate
   * @param word the word the terms must be close to
   * @param maxEdits the most edits, 1 or 2
   * @param prefixLength how many of the word's first letters must be kept
   * @param transpositions whether swapping two adjacent letters counts as one edit
   * @return the terms within reach, each with its boost
   * @throws IOException if the index cannot be read
   */
  public TermsEnum termsWithin(Terms terms, String word, int maxEdits, int prefixLength, boolean transpositions)
      throws IOException {
    FuzzyAutomata automata = automataOf(new Key(word, maxEdits, prefixLength, transpositions));
    return new FuzzyCandidates(terms, new AttributeSource(), new BytesRef(word), automata);
  }

  /**
   * What decides a fuzzy query's automata: everything but the field. Written-out equals and hashCode: a record's own
   * are bootstrapped at run time, work a one-shot search would pay for on every start.
   */
  private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && text.equals(key.text) && maxEdits == key.maxEdits
          && prefixLength == key.prefixLength && transpositions == key.transpositions;
    }

    @Override
    public int hashCode() {
      return ((text.hashCode() * 31 + maxEdits) * 31 + prefixLength) * 2 + (transpositions ? 1 : 0);
    }
  }

  /** The memory the automata kept take now, in bytes. */
  long bytesKept() {
    synchronized (byWord) {
      return bytes;
    }
  }

  private FuzzyAutomata automataOf(Key key) {
    synchronized (byWord) {
      Kept kept = byWord.get(key);
      if (kept == null) {
        kept = new Kept(key);
        byWord.put(key, kept);
        if (byWord.size() > MAX_WORDS) {
          drop(byWord.values().iterator());
        }
      }
      return kept.automata;
    }
  }

  /** One word's automata, and the memory they take once built. */
  private final class Kept {
    final Key key;
    final FuzzyAutomata automata;
    long bytes;

    Kept(Key key) {
      this.key = key;
      this.automata = new FuzzyAutomata(key.text(), key.maxEdits(), key.prefixLength(), key.transpositions(),
          this::charge);
    }

    /** Counts a newly built automaton, then drops the least recently used words while over the budget. */
    private void charge(long built) {
      synchronized (byWord) {
        if (byWord.get(key) != this) {
          return; // dropped already, or never kept: it serves only the queries that hold it
        }
        bytes += built;
        SharedFuzzyAutomata.this.bytes += built;
        Iterator<Kept> eldest = byWord.values().iterator();
        while (SharedFuzzyAutomata.this.bytes > maxBytes && eldest.hasNext()) {
          drop(eldest);
        }
      }
    }
  }

  /** Drops the word {@code eldest} is about to give; the caller holds the lock. */
  private void drop(Iterator<Kept> eldest) {
    Kept dropped = eldest.next();
    eldest.remove();
    bytes -= dropped.bytes;
  }

  /** Rebuilds one query; its own map shares automata within the query even when the cache keeps none. */
  private final class Replacer {
    private final Map<Key, FuzzyAutomata> inQuery = new java.util.HashMap<>();

    // Plain instanceof tests rather than a switch on types: such a switch is bootstrapped at run time, which the
    // class cache of a one-shot search cannot keep.
    Query replace(Query query) {
      if (query instanceof FuzzyQuery fuzzy && fuzzy.getMaxEdits() > 0) {
        return shared(fuzzy);
      }
      if (query instanceof BooleanQuery bool) {
        return replaceClauses(bool);
      }
      if (query instanceof BoostQuery boost) {
        Query inner = replace(boost.getQuery());
        return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
      }
      if (query instanceof ConstantScoreQuery constant) {
        Query inner = replace(constant.getQuery());
        return inner == constant.getQuery() ? constant : new ConstantScoreQuery(inner);
      }
      if (query instanceof CoordinatedQuery coordinated) {
        return coordinated.map(this::replace);
      }
      if (query instanceof DisjunctionMaxQuery max) {
        List<Query> disjuncts = new java.util.ArrayList<>(max.getDisjuncts().size());
        boolean changed = false;
        for (Query disjunct : max.getDisjuncts()) {
          Query inner = replace(disjunct);
          changed |= inner != disjunct;
          disjuncts.add(inner);
        }
        return changed ? new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier()) : max;
      }
      return query;
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

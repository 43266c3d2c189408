package dev.tilde.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;

/**
 * Makes the typo-tolerant clauses of a query that look for the same word in several fields share one set of
 * Levenshtein automata, where Lucene's {@link FuzzyQuery} builds its own set per field at every rewrite.
 *
 * <p>Building those automata was the largest part of a name query's time (two edits, for words of nine letters or
 * more, is the costly kind), and Tilde looks for every word in the title and the body. The query this gives rewrites to
 * exactly what the fuzzy queries it replaces rewrite to: the same terms, boosts and term statistics, so scores do not
 * change. Use it on a query about to run on a local index; a query sent to a cluster keeps its fuzzy clauses.
 */
public final class SharedFuzzyAutomata {
  private final Map<Key, FuzzyAutomata> byWord = new HashMap<>();

  private SharedFuzzyAutomata() {}

  /** {@code query} with its fuzzy clauses sharing automata word by word; {@code query} itself if it has none. */
  public static Query share(Query query) {
    return new SharedFuzzyAutomata().replace(query);
  }

  /** What decides a fuzzy query's automata: everything but the field. */
  private record Key(String text, int maxEdits, int prefixLength, boolean transpositions) {}

  private Query replace(Query query) {
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
    String text = fuzzy.getTerm().text();
    FuzzyAutomata automata = byWord.computeIfAbsent(
        new Key(text, fuzzy.getMaxEdits(), fuzzy.getPrefixLength(), fuzzy.getTranspositions()),
        key -> new FuzzyAutomata(key.text(), key.maxEdits(), key.prefixLength(), key.transpositions()));
    return new SharedAutomatonFuzzyQuery(fuzzy, automata);
  }
}

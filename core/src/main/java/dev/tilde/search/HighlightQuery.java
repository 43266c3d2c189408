package dev.tilde.search;

import dev.tilde.schema.Schema;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The query the highlighter matches a page of hits against: the search's rewritten query, with the same matches in
 * the body fields, in a form that finds them at less cost. Optional clauses that search no body field go (the
 * highlighter would look up their terms in every hit only to discard the matches); a score function goes, as only
 * its wrapped query matches; and a {@link CombinedFieldQuery} becomes the disjunction of its body terms, which is what
 * Lucene's own {@code CombinedFieldQuery} matches with, but built and weighted once instead of once for every hit;
 * a body term reads its postings once for the page ({@link ReusedPostingsTermQuery}); and a phrase with a gap between
 * its words, which marks nothing its words' own clauses do not, goes.
 * Required and excluded clauses stay as they are, since they decide whether their parent matches at all.
 */
final class HighlightQuery {
  private HighlightQuery() {}

  /** {@code query}, the search's rewritten query, as the highlighter matches it. */
  static Query of(Query query) {
    // Plain instanceof tests rather than a switch on types, which is bootstrapped at run time: a one-shot search
    // pays for that each time.
    if (query instanceof BoostQuery boost) {
      Query inner = of(boost.getQuery());
      return inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
    }
    if (query instanceof FunctionScoreQuery function) {
      return of(function.getWrappedQuery());
    }
    if (query instanceof CombinedFieldQuery combined) {
      return bodyTerms(combined);
    }
    if (query instanceof DisjunctionMaxQuery dismax) {
      return disjuncts(dismax);
    }
    if (query instanceof TermQuery term && Schema.BODY_FIELDS.contains(term.getTerm().field())) {
      return new ReusedPostingsTermQuery(term);
    }
    if (query instanceof PhraseQuery phrase && hasGap(phrase)) {
      // Two names with any word between (a particle, "Méndez de Vigo"): each name is marked by its own clause, and
      // the gap marks nothing, so matching the phrase in every hit would only cost.
      return new MatchNoDocsQuery("a phrase with a gap marks nothing its words do not");
    }
    if (!(query instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) {
      return query;
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    boolean changed = false;
    for (BooleanClause clause : bool.clauses()) {
      if (clause.occur() != BooleanClause.Occur.SHOULD) {
        kept.add(clause);
      } else if (searchesBody(clause.query())) {
        Query inner = of(clause.query());
        changed |= inner != clause.query();
        kept.add(inner, BooleanClause.Occur.SHOULD);
      } else {
        changed = true;
      }
    }
    return changed ? kept.build() : bool;
  }

  /** Whether {@code phrase} leaves a position between two of its words free for any word. */
  private static boolean hasGap(PhraseQuery phrase) {
    int[] positions = phrase.getPositions();
    for (int i = 1; i < positions.length; i++) {
      if (positions[i] - positions[i - 1] > 1) {
        return true;
      }
    }
    return false;
  }

  /** The disjuncts that search a body field, each as the highlighter matches it; the disjunction as it was if none. */
  private static Query disjuncts(DisjunctionMaxQuery dismax) {
    List<Query> kept = new ArrayList<>();
    boolean changed = false;
    for (Query disjunct : dismax.getDisjuncts()) {
      if (searchesBody(disjunct)) {
        Query inner = of(disjunct);
        changed |= inner != disjunct;
        kept.add(inner);
      } else {
        changed = true;
      }
    }
    if (!changed || kept.isEmpty()) {
      return dismax;
    }
    return kept.size() == 1 ? kept.get(0) : new DisjunctionMaxQuery(kept, dismax.getTieBreakerMultiplier());
  }

  /** The body terms of {@code combined}, any of them; the query as it was if it has none. */
  private static Query bodyTerms(CombinedFieldQuery combined) {
    List<Term> terms = new ArrayList<>();
    combined.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... consumed) {
        for (Term term : consumed) {
          if (Schema.BODY_FIELDS.contains(term.field())) {
            terms.add(term);
          }
        }
      }
    });
    if (terms.isEmpty()) {
      return combined;
    }
    if (terms.size() == 1) {
      return of(new TermQuery(terms.get(0)));
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(term -> any.add(of(new TermQuery(term)), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static boolean searchesBody(Query query) {
    boolean[] found = {false};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        found[0] |= Schema.BODY_FIELDS.contains(field);
        return false;
      }
    });
    return found[0];
  }
}

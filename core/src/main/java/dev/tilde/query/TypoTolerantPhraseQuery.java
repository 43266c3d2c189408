package dev.tilde.query;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Words next to each other and in order in one field, each word matched as typed or through one of its typo
 * expansions: {@code lopez obrdaor} matches "López Obrador". It rewrites, on the index it runs on, to a {@link
 * MultiPhraseQuery} over the terms each word's query expands to there, scoring a constant: it is a boost for the
 * order, over the words' own scores, and phrase statistics summed over a typo's expansions would say nothing.
 */
final class TypoTolerantPhraseQuery extends Query {
  private final String field;
  /** Each word's query on {@link #field}: a term, or a fuzzy query that rewrites to terms. */
  private final List<Query> words;

  TypoTolerantPhraseQuery(String field, List<Query> words) {
    this.field = field;
    this.words = List.copyOf(words);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    for (Query word : words) {
      Set<Term> terms = termsOf(searcher.rewrite(word));
      if (terms.isEmpty()) {
        return new MatchNoDocsQuery("no term for " + word);
      }
      phrase.add(terms.toArray(Term[]::new));
    }
    return new ConstantScoreQuery(phrase.build());
  }

  /** The terms on {@link #field} that {@code rewritten} holds. */
  private Set<Term> termsOf(Query rewritten) {
    Set<Term> terms = new LinkedHashSet<>();
    rewritten.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String name) {
        return field.equals(name);
      }

      @Override
      public void consumeTerms(Query query, Term... found) {
        terms.addAll(List.of(found));
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return terms;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      QueryVisitor all = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
      for (Query word : words) {
        word.visit(all);
      }
    }
  }

  @Override
  public String toString(String defaultField) {
    StringBuilder out = new StringBuilder(field).append(":\"");
    for (int i = 0; i < words.size(); i++) {
      out.append(i == 0 ? "" : " ").append(words.get(i).toString(field));
    }
    return out.append('"').toString();
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((TypoTolerantPhraseQuery) other).field)
        && words.equals(((TypoTolerantPhraseQuery) other).words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, words);
  }
}

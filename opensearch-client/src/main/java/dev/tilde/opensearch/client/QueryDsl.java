package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tilde.TildeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Writes a Lucene query built by Tilde's query builder as OpenSearch query DSL that makes the cluster build the same
 * Lucene query again, so a search means the same on a cluster as on a local index.
 *
 * <p>The query builder has analysed every word already, so nothing here is analysed again: terms become
 * {@code term} queries, phrases {@code match_phrase} read by the {@code whitespace} analyzer (which only splits the
 * analysed terms apart), typo-tolerant words {@code fuzzy} queries with the same edits and expansions, and boosts
 * {@code boost}. Phrases with gaps or alternatives at one position, which {@code match_phrase} cannot express,
 * become {@code span_near} queries: the same matches, scored a little differently.
 */
public final class QueryDsl {
  private QueryDsl() {}

  /**
   * Writes {@code query} as one DSL object.
   *
   * @throws TildeException for a kind of query Tilde's builder does not make and this translation does not know
   */
  public static void write(Query query, JsonGenerator json) throws IOException {
    write(query, 1f, json);
  }

  private static void write(Query query, float boost, JsonGenerator json) throws IOException {
    switch (query) {
      case BoostQuery b -> write(b.getQuery(), boost * b.getBoost(), json);
      case TermQuery t -> termLevel("term", t.getTerm(), boost, json);
      case BooleanQuery b -> bool(b, boost, json);
      case PhraseQuery p -> phrase(p, boost, json);
      case MultiPhraseQuery m -> spans(multiPhraseAsSpans(m), boost, json);
      case SynonymQuery s -> synonyms(s, boost, json);
      case FuzzyQuery f -> fuzzy(f, boost, json);
      case PrefixQuery p -> termLevel("prefix", p.getPrefix(), boost, json);
      case WildcardQuery w -> termLevel("wildcard", w.getTerm(), boost, json);
      case RegexpQuery r -> termLevel("regexp", r.getRegexp(), boost, json);
      case TermRangeQuery r -> range(r, boost, json);
      case MatchAllDocsQuery all -> {
        json.writeStartObject();
        json.writeObjectFieldStart("match_all");
        writeBoost(boost, json);
        json.writeEndObject();
        json.writeEndObject();
      }
      case MatchNoDocsQuery none -> matchNone(json);
      case ConstantScoreQuery c -> {
        json.writeStartObject();
        json.writeObjectFieldStart("constant_score");
        json.writeFieldName("filter");
        write(c.getQuery(), 1f, json);
        writeBoost(boost, json);
        json.writeEndObject();
        json.writeEndObject();
      }
      case DisjunctionMaxQuery d -> {
        json.writeStartObject();
        json.writeObjectFieldStart("dis_max");
        json.writeArrayFieldStart("queries");
        for (Query q : d.getDisjuncts()) {
          write(q, 1f, json);
        }
        json.writeEndArray();
        json.writeNumberField("tie_breaker", d.getTieBreakerMultiplier());
        writeBoost(boost, json);
        json.writeEndObject();
        json.writeEndObject();
      }
      case SpanQuery s -> spans(s, boost, json);
      default -> throw new TildeException("cannot run this kind of query on OpenSearch: "
          + query.getClass().getSimpleName() + " (" + query + ")");
    }
  }

  private static void bool(BooleanQuery query, float boost, JsonGenerator json) throws IOException {
    List<BooleanClause> clauses = query.clauses();
    // Lucene matches nothing when no clause can match a document; OpenSearch's bool would match everything.
    if (clauses.isEmpty() || clauses.stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      matchNone(json);
      return;
    }
    json.writeStartObject();
    json.writeObjectFieldStart("bool");
    for (BooleanClause.Occur occur : BooleanClause.Occur.values()) {
      List<Query> of = clauses.stream().filter(c -> c.occur() == occur).map(BooleanClause::query).toList();
      if (of.isEmpty()) {
        continue;
      }
      json.writeArrayFieldStart(switch (occur) {
        case MUST -> "must";
        case SHOULD -> "should";
        case MUST_NOT -> "must_not";
        case FILTER -> "filter";
      });
      for (Query q : of) {
        write(q, 1f, json);
      }
      json.writeEndArray();
    }
    // Lucene's default, 0, would be read by OpenSearch as 1 for a bool of only optional clauses: the same.
    if (query.getMinimumNumberShouldMatch() > 0) {
      json.writeNumberField("minimum_should_match", query.getMinimumNumberShouldMatch());
    }
    writeBoost(boost, json);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void phrase(PhraseQuery query, float boost, JsonGenerator json) throws IOException {
    Term[] terms = query.getTerms();
    int[] positions = query.getPositions();
    if (terms.length == 0) {
      matchNone(json);
      return;
    }
    boolean consecutive = true;
    for (int i = 0; i < positions.length; i++) {
      consecutive &= positions[i] == positions[0] + i;
    }
    if (!consecutive) {
      List<SpanQuery> clauses = new ArrayList<>();
      for (Term term : terms) {
        clauses.add(new SpanTermQuery(term));
      }
      int gaps = positions[positions.length - 1] - positions[0] + 1 - terms.length;
      spans(new SpanNearQuery(clauses.toArray(SpanQuery[]::new), query.getSlop() + gaps, true), boost, json);
      return;
    }
    List<String> words = new ArrayList<>();
    for (Term term : terms) {
      words.add(term.text());
    }
    json.writeStartObject();
    json.writeObjectFieldStart("match_phrase");
    json.writeObjectFieldStart(terms[0].field());
    json.writeStringField("query", String.join(" ", words));
    json.writeStringField("analyzer", "whitespace");
    if (query.getSlop() != 0) {
      json.writeNumberField("slop", query.getSlop());
    }
    writeBoost(boost, json);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static SpanQuery multiPhraseAsSpans(MultiPhraseQuery query) {
    Term[][] terms = query.getTermArrays();
    int[] positions = query.getPositions();
    List<SpanQuery> clauses = new ArrayList<>();
    for (Term[] alternatives : terms) {
      List<SpanQuery> or = new ArrayList<>();
      for (Term term : alternatives) {
        or.add(new SpanTermQuery(term));
      }
      clauses.add(or.size() == 1 ? or.get(0) : new SpanOrQuery(or.toArray(SpanQuery[]::new)));
    }
    int gaps = positions.length == 0 ? 0 : positions[positions.length - 1] - positions[0] + 1 - terms.length;
    return new SpanNearQuery(clauses.toArray(SpanQuery[]::new), query.getSlop() + gaps, true);
  }

  private static void synonyms(SynonymQuery query, float boost, JsonGenerator json) throws IOException {
    // No DSL query builds a SynonymQuery from given terms: their disjunction matches the same documents.
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Term term : query.getTerms()) {
      any.add(new TermQuery(term), BooleanClause.Occur.SHOULD);
    }
    bool(any.build(), boost, json);
  }

  private static void fuzzy(FuzzyQuery query, float boost, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("fuzzy");
    json.writeObjectFieldStart(query.getTerm().field());
    json.writeStringField("value", query.getTerm().text());
    json.writeStringField("fuzziness", Integer.toString(query.getMaxEdits()));
    json.writeNumberField("prefix_length", query.getPrefixLength());
    json.writeBooleanField("transpositions", query.getTranspositions());
    switch (query.getRewriteMethod()) {
      case MultiTermQuery.TopTermsBlendedFreqScoringRewrite topTerms -> {
        json.writeNumberField("max_expansions", topTerms.getSize());
        json.writeStringField("rewrite", "top_terms_blended_freqs_" + topTerms.getSize());
      }
      case MultiTermQuery.TopTermsScoringBooleanQueryRewrite topTerms -> {
        json.writeNumberField("max_expansions", topTerms.getSize());
        json.writeStringField("rewrite", "top_terms_" + topTerms.getSize());
      }
      default -> throw new TildeException("cannot run a fuzzy query rewritten by " + query.getRewriteMethod()
          + " on OpenSearch");
    }
    writeBoost(boost, json);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void range(TermRangeQuery query, float boost, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("range");
    json.writeObjectFieldStart(query.getField());
    if (query.getLowerTerm() != null) {
      json.writeStringField(query.includesLower() ? "gte" : "gt", query.getLowerTerm().utf8ToString());
    }
    if (query.getUpperTerm() != null) {
      json.writeStringField(query.includesUpper() ? "lte" : "lt", query.getUpperTerm().utf8ToString());
    }
    writeBoost(boost, json);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void spans(SpanQuery query, float boost, JsonGenerator json) throws IOException {
    switch (query) {
      case SpanTermQuery t -> termLevel("span_term", t.getTerm(), boost, json);
      case SpanOrQuery or -> {
        json.writeStartObject();
        json.writeObjectFieldStart("span_or");
        json.writeArrayFieldStart("clauses");
        for (SpanQuery clause : or.getClauses()) {
          spans(clause, 1f, json);
        }
        json.writeEndArray();
        writeBoost(boost, json);
        json.writeEndObject();
        json.writeEndObject();
      }
      case SpanNearQuery near -> {
        json.writeStartObject();
        json.writeObjectFieldStart("span_near");
        json.writeArrayFieldStart("clauses");
        for (SpanQuery clause : near.getClauses()) {
          spans(clause, 1f, json);
        }
        json.writeEndArray();
        json.writeNumberField("slop", near.getSlop());
        json.writeBooleanField("in_order", near.isInOrder());
        writeBoost(boost, json);
        json.writeEndObject();
        json.writeEndObject();
      }
      default -> throw new TildeException("cannot run this kind of query on OpenSearch: "
          + query.getClass().getSimpleName() + " (" + query + ")");
    }
  }

  private static void termLevel(String kind, Term term, float boost, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart(kind);
    json.writeObjectFieldStart(term.field());
    json.writeStringField("value", term.text());
    writeBoost(boost, json);
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void matchNone(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeObjectFieldStart("match_none");
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeBoost(float boost, JsonGenerator json) throws IOException {
    if (boost != 1f) {
      json.writeNumberField("boost", boost);
    }
  }
}

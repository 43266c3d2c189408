package dev.tilde.opensearch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import java.io.IOException;
import java.io.StringWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class QueryDslTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final QueryBuilder BUILDER = new QueryBuilder(TildeAnalysis.standard());

  @Test
  void namesBecomeTermsPhrasesAndTypoTolerantWordsWithTheirBoosts() throws IOException {
    String dsl = dsl(BUILDER.build("López Obrador").query());

    assertThat(dsl)
        .contains("{\"term\":{\"body\":{\"value\":\"amlo\"}}}")
        .contains("{\"bool\":{\"should\":[{\"term\":{\"title\":{\"value\":\"lópez\"}}}],\"boost\":20.0}}")
        .contains("{\"match_phrase\":{\"body\":{\"query\":\"lopez obrador\",\"analyzer\":\"whitespace\",\"boost\":10.0}}}")
        .contains("\"fuzzy\":{\"body\":{\"value\":\"obrador\",\"fuzziness\":\"1\",\"prefix_length\":1,"
            + "\"transpositions\":true,\"max_expansions\":10,\"rewrite\":\"top_terms_10\",\"boost\":0.05}}")
        .contains("{\"term\":{\"body_en\":{\"value\":\"lopez\"}}}");
  }

  @Test
  void aliasesBecomePhrasesOfTheFullName() throws IOException {
    assertThat(dsl(BUILDER.build("AMLO").query()))
        .contains("\"match_phrase\":{\"body\":{\"query\":\"andres manuel lopez obrador\",\"analyzer\":\"whitespace\"");
  }

  @Test
  void booleanOperatorsKeepTheirMeaning() throws IOException {
    JsonNode bool = JSON.readTree(dsl(BUILDER.build("+harris -biden").query())).path("bool");
    assertThat(bool.has("must")).isTrue();
    assertThat(bool.has("must_not")).isTrue();

    // Lucene matches nothing for a query of exclusions only; OpenSearch's bool would match every other document.
    Query onlyNot = new BooleanQuery.Builder()
        .add(new TermQuery(new Term("body", "biden")), BooleanClause.Occur.MUST_NOT).build();
    assertThat(dsl(onlyNot)).isEqualTo("{\"match_none\":{}}");
  }

  @Test
  void phrasesWithGapsBecomeSpans() throws IOException {
    PhraseQuery gap = new PhraseQuery.Builder().add(new Term("body_en", "remain"), 0)
        .add(new Term("body_en", "mexico"), 2).build();

    assertThat(dsl(gap)).isEqualTo("{\"span_near\":{\"clauses\":[{\"span_term\":{\"body_en\":{\"value\":\"remain\"}}},"
        + "{\"span_term\":{\"body_en\":{\"value\":\"mexico\"}}}],\"slop\":1,\"in_order\":true}}");
  }

  @Test
  void refusesQueriesItCannotHandOverUnchanged() {
    Query points = org.apache.lucene.document.LongPoint.newRangeQuery("date", 1, 2);
    assertThatThrownBy(() -> dsl(points)).isInstanceOf(TildeException.class).hasMessageContaining("cannot run");
  }

  private static String dsl(Query query) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      QueryDsl.write(query, json);
    }
    return out.toString();
  }
}

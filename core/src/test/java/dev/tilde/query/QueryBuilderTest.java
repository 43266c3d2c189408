package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class QueryBuilderTest {
  private final QueryBuilder builder = new QueryBuilder(TildeAnalysis.standard());

  @Test
  void readsPhrasesAndBooleanSyntax() {
    ParsedQuery parsed = builder.build("\"Remain in Mexico\" AND NOT Trump");

    assertThat(parsed.parsedAs()).isEqualTo(ParsedQuery.SYNTAX);
    assertThat(parsed.query().toString()).contains("body:\"remain in mexico\"")
        .contains("-(CombinedFieldQuery((body title^2.0)(trump))");
  }

  @Test
  void fallsBackToKeywordsOnASyntaxError() {
    ParsedQuery parsed = builder.build("López AND (Obrador");

    assertThat(parsed.parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
    assertThat(parsed.query().toString()).contains("body:lopez").contains("body:obrador");
  }

  @Test
  void rejectsABlankQuery() {
    assertThatThrownBy(() -> builder.build("   ")).isInstanceOf(TildeException.class).hasMessage("empty query");
  }

  @Test
  void quotesAtMostTheStartOfAQueryInAMessage() {
    assertThat(QueryBuilder.quoted("López Obrador")).isEqualTo("López Obrador");
    assertThat(QueryBuilder.quoted("~".repeat(100_000))).isEqualTo("~".repeat(80) + "…");
    // Counted in characters, never cutting one in two.
    assertThat(QueryBuilder.quoted("\uD835\uDC9C".repeat(100))).isEqualTo("\uD835\uDC9C".repeat(80) + "…");
  }

  @Test
  void readsOperatorsAloneAsWords() {
    ParsedQuery parsed = builder.build("AND OR NOT");

    assertThat(parsed.parsedAs()).isEqualTo(ParsedQuery.KEYWORDS);
    assertThat(parsed.query().toString()).contains("(body title^2.0)(and)").contains("(body title^2.0)(or)")
        .contains("(body title^2.0)(not)");
  }

  @Test
  void formsOfOneWordAreAlternativesOfItNeverASum() {
    Query query = builder.build("López").query();

    assertThat(query).isInstanceOf(DisjunctionMaxQuery.class);
    DisjunctionMaxQuery word = (DisjunctionMaxQuery) query;
    assertThat(word.getTieBreakerMultiplier()).isZero();
    // The accent doubles the form as written over the word's other forms.
    assertThat(word.getDisjuncts()).hasSize(2).allMatch(BoostQuery.class::isInstance);
    BoostQuery asWritten = word.getDisjuncts().stream().map(BoostQuery.class::cast)
        .filter(q -> q.getQuery() instanceof CombinedFieldQuery).findFirst().orElseThrow();
    BoostQuery others = word.getDisjuncts().stream().map(BoostQuery.class::cast)
        .filter(q -> q != asWritten).findFirst().orElseThrow();
    assertThat(asWritten.getQuery())
        .isEqualTo(new CombinedFieldQuery.Builder("lópez").addField("title", 2.0f).addField("body").build());
    assertThat(asWritten.getBoost() / others.getBoost()).isCloseTo(2.0f, org.assertj.core.data.Offset.offset(1e-4f));
    assertThat(((DisjunctionMaxQuery) others.getQuery()).getTieBreakerMultiplier()).isZero();
    assertThat(((DisjunctionMaxQuery) others.getQuery()).getDisjuncts().stream().map(Query::toString))
        .containsExactlyInAnyOrder("CombinedFieldQuery((body title^2.0)(lopez))", "(body_en:lopez)^0.6",
            "(body_es:lopez)^0.6", "(title:lopez~1)^0.05", "(body:lopez~1)^0.05", "(name_sounds:lopes)^0.04");
  }

  @Test
  void aTitleOrHonorificCountsFullyOnlyBesideAName() {
    String query = builder.build("Minister Moratinos").query().toString();

    // Minister fully beside Moratinos as typed (no typo of it), a tenth alone; Moratinos, the one name, everywhere.
    assertThat(query).startsWith("((CombinedFieldQuery((body title^2.0)(moratinos))")
        .contains("((CombinedFieldQuery((body title^2.0)(minister))")
        .contains("(body:minister~1)^0.05))^0.1 ×10.0 beside (((CombinedFieldQuery((body title^2.0)(moratinos)) | "
            + "(body_en:moratinos)^0.6 | (body_es:moratinos)^0.6))~1)");
    assertThat(builder.build("Minister").query().toString()).doesNotContain("beside").doesNotContain("^0.1");
  }

  @Test
  void aGivenNameCountsFullyOnlyBesideASurname() {
    String query = builder.build("Tony Blair").query().toString();

    // Blair, the one surname, everywhere; Tony fully beside Blair as typed, a tenth alone.
    assertThat(query).startsWith("((CombinedFieldQuery((body title^2.0)(blair))")
        .contains("((CombinedFieldQuery((body title^2.0)(tony)) | (body_en:tony)^0.6 | (body_es:tony)^0.6))^0.1"
            + " ×10.0 beside (((CombinedFieldQuery((body title^2.0)(blair)) | (body_en:blair)^0.6 | "
            + "(body_es:blair)^0.6))~1)");
  }

  @Test
  void givenNamesWithoutASurnameWeighAsAnyTwoWords() {
    // Both are given names, so neither says which person the other names: each counts fully beside the other.
    String query = builder.build("David Martin").query().toString();

    assertThat(query).startsWith("(((CombinedFieldQuery((body title^2.0)(david))").contains(")~2))")
        .doesNotContain(")~1))");
  }
}

package dev.tilde.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
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
}

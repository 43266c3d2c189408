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
    assertThat(parsed.query().toString()).contains("body:\"remain in mexico\"").contains("-((title:trump)^2.0");
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
}

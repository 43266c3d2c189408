package dev.tilde.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTest {
  private static final TildeDocument DOC = new TildeDocument("id", "/p", "Harris in Mexico", "López Obrador",
      LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of("section", "politics"));

  @Test
  void storedFieldsGiveBackTheWholeDocument() {
    assertThat(Schema.fromStored(Schema.toLuceneDocument(DOC))).isEqualTo(DOC);
  }

  @Test
  void contentHashChangesWithAnyPartAndOnlyThen() {
    String hash = Schema.contentHash(DOC);

    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "Harris in Mexico", "López Obrador",
        LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of("section", "politics")))).isEqualTo(hash);
    assertThat(hash).hasSize(32);
    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "Harris in Mexico", "Lopez Obrador",
        LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of("section", "politics")))).isNotEqualTo(hash);
    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "Harris in Mexico", "López Obrador",
        LocalDate.of(2021, 6, 9), "Bloomberg", "en", Map.of("section", "politics")))).isNotEqualTo(hash);
    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "Harris in Mexico", "López Obrador",
        LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of("section", "world")))).isNotEqualTo(hash);
    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "Harris in Mexico", "López Obrador",
        LocalDate.of(2021, 6, 8), "Bloomberg", null, Map.of("section", "politics")))).isNotEqualTo(hash);
  }

  @Test
  void contentHashKeepsPartsApart() {
    assertThat(Schema.contentHash(new TildeDocument("id", "/p", "ab", "c")))
        .isNotEqualTo(Schema.contentHash(new TildeDocument("id", "/p", "a", "bc")));
  }
}

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

  @Test
  void fieldsDescribeEveryFieldADocumentIsWrittenWith() {
    for (org.apache.lucene.index.IndexableField field : Schema.toLuceneDocument(DOC)) {
      if (field.name().startsWith(Schema.EXTRA_PREFIX)) {
        continue;
      }
      Schema.FieldKind kind = Schema.FIELDS.get(field.name());
      assertThat(kind).as(field.name()).isNotNull();
      org.apache.lucene.index.IndexableFieldType type = field.fieldType();
      switch (kind) {
        case TEXT -> assertThat(type.indexOptions()).as(field.name())
            .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        case KEYWORD -> assertThat(type.tokenized()).as(field.name()).isFalse();
        case STORED, DOC_VALUE -> assertThat(type.indexOptions()).as(field.name())
            .isEqualTo(org.apache.lucene.index.IndexOptions.NONE);
        case DAY -> assertThat(type.pointDimensionCount() > 0 || type.stored()).as(field.name()).isTrue();
      }
    }
    assertThat(Schema.FIELDS.entrySet().stream().filter(e -> e.getValue() == Schema.FieldKind.TEXT)
        .map(Map.Entry::getKey)).containsExactlyInAnyOrderElementsOf(
            dev.tilde.analysis.TildeAnalysis.standard().chainsByField().keySet());
  }
}

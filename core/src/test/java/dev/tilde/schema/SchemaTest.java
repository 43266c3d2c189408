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
    assertThat(Schema.fromStored(Schema.toLuceneDocument(DOC, dev.tilde.analysis.LanguageDetector.languageOf(DOC)))).isEqualTo(DOC);
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
  void fieldTableDescribesEveryFieldADocumentIsWrittenWith() {
    for (org.apache.lucene.index.IndexableField field : Schema.toLuceneDocument(DOC, "en")) {
      if (field.name().startsWith(Schema.EXTRA_PREFIX)) {
        continue;
      }
      TildeField described = TildeField.named(field.name());
      assertThat(described).as(field.name()).isNotNull();
      org.apache.lucene.index.IndexableFieldType type = field.fieldType();
      if (described.kind() == TildeField.Kind.LEARNED) {
        // looked up, never scored nor highlighted
        assertThat(type.indexOptions()).as(field.name()).isEqualTo(org.apache.lucene.index.IndexOptions.DOCS);
      } else if (described.kind().analysed()) {
        assertThat(type.indexOptions()).as(field.name())
            .isEqualTo(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
      }
      if (type.stored()) {
        assertThat(described.kind().stored()).as("%s is stored", field.name()).isTrue();
      }
    }
  }

  @Test
  void onlyTheStemmedFieldOfTheDocumentsLanguageIsWritten() {
    java.util.Set<String> english = new java.util.HashSet<>();
    Schema.toLuceneDocument(DOC, "en").forEach(field -> english.add(field.name()));
    java.util.Set<String> spanish = new java.util.HashSet<>();
    Schema.toLuceneDocument(DOC, "es").forEach(field -> spanish.add(field.name()));
    assertThat(english).contains(Schema.BODY_EN).doesNotContain(Schema.BODY_ES);
    assertThat(spanish).contains(Schema.BODY_ES).doesNotContain(Schema.BODY_EN);
    assertThat(Schema.fromStored(Schema.toLuceneDocument(DOC, "es")).lang()).isEqualTo("es");
  }
}

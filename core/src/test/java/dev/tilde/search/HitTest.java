package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A hit carries every stored part of its document: the source and the further fields too. */
class HitTest {
  @Test
  void hitFromStoredFieldsKeepsSourceAndExtraFields() {
    TildeDocument doc = new TildeDocument("n1", "feed.jsonl", "Harris meets AMLO", "Kamala Harris met López Obrador",
        LocalDate.of(2021, 6, 8), "Bloomberg", null, Map.of("desk", "world", "author", "Zúñiga"));
    Hit hit = Hit.of(Schema.fromStored(Schema.toLuceneDocument(doc, "en")), 1.5f, List.of());
    assertThat(hit.source()).isEqualTo("Bloomberg");
    assertThat(hit.extra()).containsExactly(Map.entry("author", "Zúñiga"), Map.entry("desk", "world"));
    assertThat(hit.lang()).isEqualTo("en");
    assertThat(hit.date()).isEqualTo(LocalDate.of(2021, 6, 8));
  }

  @Test
  void hitWithoutSourceHasNoExtraFields() {
    Hit hit = new Hit("id", "/p", "t", null, null, 1f, List.of());
    assertThat(hit.source()).isNull();
    assertThat(hit.extra()).isEmpty();
  }
}

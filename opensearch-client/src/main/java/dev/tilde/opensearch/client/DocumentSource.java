package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link TildeDocument} as the JSON source of an OpenSearch document in an index of {@link IndexDefinition}: the
 * fields {@link Schema#toLuceneDocument} writes, with the same values, so both indexes hold the same terms.
 */
public final class DocumentSource {
  private DocumentSource() {}

  /** Writes {@code doc} as one JSON object. */
  public static void write(TildeDocument doc, JsonGenerator json) throws IOException {
    String lang = Schema.languageOf(doc);
    json.writeStartObject();
    json.writeStringField(Schema.ID, doc.id());
    json.writeStringField(Schema.PATH, doc.path());
    json.writeStringField(Schema.TITLE, doc.title());
    json.writeStringField(Schema.BODY, doc.body());
    String stemmed = Schema.stemmedBodyField(lang);
    if (stemmed != null) {
      // The stemmed field is the body again, analysed by its language's chain; OpenSearch cannot copy it by language.
      json.writeStringField(stemmed, doc.body());
    }
    if (doc.date() != null) {
      json.writeStringField(Schema.DATE, doc.date().toString());
    }
    if (doc.source() != null) {
      json.writeStringField(Schema.SOURCE, doc.source());
    }
    json.writeStringField(Schema.LANG, lang);
    if (!doc.extra().isEmpty()) {
      json.writeObjectFieldStart(Schema.EXTRA_PREFIX.substring(0, Schema.EXTRA_PREFIX.length() - 1));
      for (Map.Entry<String, String> extra : new TreeMap<>(doc.extra()).entrySet()) {
        json.writeStringField(extra.getKey(), extra.getValue());
      }
      json.writeEndObject();
    }
    json.writeStringField(Schema.CONTENT_HASH, Schema.contentHash(doc));
    json.writeEndObject();
  }

  /** The publication date in a document source, or {@code null}. */
  static LocalDate date(JsonNode source) {
    JsonNode date = source.get(Schema.DATE);
    return date == null || date.isNull() ? null : LocalDate.parse(date.asText());
  }

  /** A text field of a document source, or {@code null}. */
  static String text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}

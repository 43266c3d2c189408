package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.analysis.LanguageDetector;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeField;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link TildeDocument} as the JSON source of an OpenSearch document in an index of {@link IndexDefinition}: the
 * fields {@link Schema#toLuceneDocument} writes, with the same values, so both indexes hold the same terms.
 */
public final class DocumentSource {
  private DocumentSource() {}

  /**
   * Writes {@code doc} as one JSON object.
   *
   * @param doc the document
   * @param json where to write it
   * @throws IOException if {@code json} cannot be written to
   */
  public static void write(TildeDocument doc, JsonGenerator json) throws IOException {
    // Every field of the table with the value the local index gets (the stemmed field of the document's language is
    // the body again: OpenSearch cannot copy a field by language).
    String lang = LanguageDetector.languageOf(doc);
    json.writeStartObject();
    for (TildeField field : TildeField.values()) {
      String value = field.indexed(doc, lang);
      if (value != null) {
        json.writeStringField(field.fieldName(), value);
      }
    }
    if (!doc.extra().isEmpty()) {
      json.writeObjectFieldStart(Schema.EXTRA_PREFIX.substring(0, Schema.EXTRA_PREFIX.length() - 1));
      for (Map.Entry<String, String> extra : new TreeMap<>(doc.extra()).entrySet()) {
        json.writeStringField(extra.getKey(), extra.getValue());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** The publication date in a document source, or {@code null}. */
  static LocalDate date(JsonNode source) {
    JsonNode date = source.get(Schema.DATE);
    return date == null || date.isNull() ? null : LocalDate.parse(date.asText());
  }

  /** The further fields of a document source ({@code extra.*}), by name without the prefix. */
  static Map<String, String> extra(JsonNode source) {
    Map<String, String> extra = new TreeMap<>();
    source.path(Schema.EXTRA_PREFIX.substring(0, Schema.EXTRA_PREFIX.length() - 1)).properties()
        .forEach(field -> extra.put(field.getKey(), field.getValue().asText()));
    return extra;
  }

  /** A text field of a document source, or {@code null}. */
  static String text(JsonNode source, String field) {
    JsonNode value = source.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  /** The action line and the source line of {@code doc}, each ending in a newline. */
  static String bulkLines(TildeDocument doc) {
    StringWriter out = new StringWriter();
    JsonFactory factory = new JsonFactory();
    try {
      try (JsonGenerator json = factory.createGenerator(out)) {
        json.writeStartObject();
        json.writeObjectFieldStart("index");
        json.writeStringField("_id", doc.id());
        json.writeEndObject();
        json.writeEndObject();
      }
      out.write('\n');
      try (JsonGenerator json = factory.createGenerator(out)) {
        write(doc, json);
      }
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}

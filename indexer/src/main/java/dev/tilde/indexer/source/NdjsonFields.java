package dev.tilde.indexer.source;

import java.util.List;
import java.util.Objects;

/**
 * Which fields of an NDJSON object make which part of a document. A name may be a dotted path into nested objects
 * ({@code meta.published}) when the object has no field of that exact name. Fields not named here are ignored.
 *
 * @param id the document's stable id (required on every line)
 * @param title the title; when absent the title is the body's first sentence
 * @param body the text
 * @param date the publication date, in any form {@code PublicationDate} reads
 * @param source the publisher
 * @param lang the language as an ISO 639-1 code; when absent Tilde detects it
 * @param extra further fields kept as stored keywords ({@code extra.NAME} in the index)
 */
public record NdjsonFields(
    String id, String title, String body, String date, String source, String lang, List<String> extra) {
  /**
   * Checks that every part is named, and keeps its own copy of {@code extra}.
   *
   * @throws NullPointerException if a name is {@code null}
   */
  public NdjsonFields {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(lang, "lang");
    extra = List.copyOf(extra);
  }

  /** {@return the fields {@code id}, {@code title}, {@code body}, {@code date}, {@code source}, {@code lang}, no extra} */
  public static NdjsonFields defaults() {
    return new NdjsonFields("id", "title", "body", "date", "source", "lang", List.of());
  }
}

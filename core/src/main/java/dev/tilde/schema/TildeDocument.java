package dev.tilde.schema;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable document as Tilde sees it, before it becomes a Lucene document.
 *
 * @param id stable identity used for updates (a file's path, or an NDJSON id field), unique within its namespace;
 *     shown to users as it is
 * @param path where the document came from, shown to users
 * @param title the document's title
 * @param body the full text
 * @param date when it was published, or {@code null} when unknown
 * @param source who published it (a site, a programme), or {@code null} when unknown
 * @param lang its language as an ISO 639-1 code ({@code en}, {@code es}), or {@code null} to have Tilde detect it
 * @param extra further fields kept as stored keywords, by name
 * @param namespace the kind of id: documents with the same id in different namespaces are different documents
 */
public record TildeDocument(
    String id,
    String path,
    String title,
    String body,
    LocalDate date,
    String source,
    String lang,
    Map<String, String> extra,
    IdNamespace namespace) {
  /**
   * Checks that the required parts are there and keeps its own copy of {@code extra} (none when {@code null}).
   *
   * @throws NullPointerException if the id, namespace, path, title or body is {@code null}
   */
  public TildeDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    extra = extra == null ? Map.of() : Map.copyOf(extra);
  }

  /**
   * A document whose id is text ({@link IdNamespace#TEXT}), as a library caller gives it.
   *
   * @param id stable identity used for updates, unique among text ids
   * @param path where the document came from, shown to users
   * @param title the document's title
   * @param body the full text
   * @param date when it was published, or {@code null} when unknown
   * @param source who published it, or {@code null} when unknown
   * @param lang its language as an ISO 639-1 code, or {@code null} to have Tilde detect it
   * @param extra further fields kept as stored keywords, by name; {@code null} for none
   */
  public TildeDocument(String id, String path, String title, String body, LocalDate date, String source, String lang,
      Map<String, String> extra) {
    this(id, path, title, body, date, source, lang, extra, IdNamespace.TEXT);
  }

  /**
   * A document with only the required parts and a text id; date, source and language unknown.
   *
   * @param id stable identity used for updates, unique among text ids
   * @param path where the document came from, shown to users
   * @param title the document's title
   * @param body the full text
   */
  public TildeDocument(String id, String path, String title, String body) {
    this(id, path, title, body, null, null, null, Map.of());
  }

  /** {@return what the index identifies this document by: its id within its namespace} */
  public String key() {
    return namespace.key(id);
  }
}

package dev.tilde.schema;

import java.util.Objects;

/**
 * One searchable document as Tilde sees it, before it becomes a Lucene document.
 *
 * @param id stable identity used for updates (a file's path, or an NDJSON id field)
 * @param path where the document came from, shown to users
 * @param title the document's title
 * @param body the full text
 */
public record TildeDocument(String id, String path, String title, String body) {
  public TildeDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}

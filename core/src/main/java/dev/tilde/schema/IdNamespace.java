package dev.tilde.schema;

/**
 * Which kind of id a document has. Ids of different namespaces never meet: a file's id is its absolute path and an
 * NDJSON line's id is whatever the line says, so a line whose id is some file's path is still another document, and
 * indexing or dropping it never touches the file's. Within a namespace, an id names one document.
 */
public enum IdNamespace {
  /** A file's absolute path: text, Markdown and HTML files. */
  FILE("file:"),
  /** An id given as text: an NDJSON string id, or the id a library caller gives a document. */
  TEXT("text:"),
  /** An NDJSON id given as a JSON integer, kept as its decimal digits: {@code 123} is not the string {@code "123"}. */
  INTEGER("int:");

  private final String prefix;

  IdNamespace(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The document key of {@code id} in this namespace: what the index identifies the document by.
   *
   * @param id the document's id
   * @return the key, the namespace's prefix and the id
   */
  public String key(String id) {
    return prefix + id;
  }

  /**
   * The namespace of a key made by {@link #key}.
   *
   * @param key the key
   * @return its namespace
   * @throws IllegalArgumentException if no namespace made it
   */
  public static IdNamespace ofKey(String key) {
    for (IdNamespace namespace : values()) {
      if (key.startsWith(namespace.prefix)) {
        return namespace;
      }
    }
    throw new IllegalArgumentException("not a document key: " + key);
  }
}

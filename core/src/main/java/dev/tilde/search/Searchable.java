package dev.tilde.search;

import java.io.Closeable;

/**
 * An index that answers searches with ranked, highlighted hits: a local {@code dev.tilde.TildeIndex}, or an index on
 * an OpenSearch cluster ({@code dev.tilde.opensearch.client.RemoteIndex}); the same query means the same on either.
 */
public interface Searchable extends Closeable {
  /** Searches for {@code query} as {@code options} say (page, fields, filters, order, snippets, timeout). */
  SearchResults search(String query, SearchOptions options);

  /**
   * How the document with {@code id} scored for {@code query}, as Lucene explains a score (indented text); empty
   * when no document has that id.
   */
  String explain(String query, String id);
}

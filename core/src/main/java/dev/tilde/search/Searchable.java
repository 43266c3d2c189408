package dev.tilde.search;

import java.io.Closeable;

/**
 * An index that answers searches with ranked, highlighted hits: a local {@code dev.tilde.TildeIndex}, or an index on
 * an OpenSearch cluster ({@code dev.tilde.opensearch.client.RemoteIndex}); the same query means the same on either.
 */
public interface Searchable extends Closeable {
  /**
   * Searches for {@code query} as {@code options} say (page, fields, filters, order, snippets, timeout).
   *
   * @param query the query, in Lucene's classic syntax
   * @param options the page, fields, filters, order, snippets and timeout
   * @return the requested page of hits
   */
  SearchResults search(String query, SearchOptions options);

  /**
   * How the document with {@code id} scored for {@code query}, as Lucene explains a score (indented text); empty
   * when no document has that id.
   *
   * @param query the query, in Lucene's classic syntax
   * @param id the document's id, as the user gave it
   * @return the explanation, or an empty string
   */
  String explain(String query, String id);
}

package dev.tilde.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Which terms an index holds, as the query builder asks to tell a word the index has from a typo. A local index
 * answers from its reader; a remote one (an OpenSearch cluster) by asking the cluster.
 */
@FunctionalInterface
public interface IndexedTerms {
  /** Whether at least one document has {@code term} in {@code field}. */
  boolean contains(String field, String term);

  /** The terms of a local index. */
  static IndexedTerms of(IndexReader reader) {
    return (field, term) -> {
      try {
        return reader.docFreq(new Term(field, term)) > 0;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }
}

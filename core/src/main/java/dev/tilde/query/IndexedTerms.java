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
  /**
   * Whether at least one document has {@code term} in {@code field}.
   *
   * @param field the field
   * @param term the term, as analysed
   * @return whether the index holds it
   */
  boolean contains(String field, String term);

  /**
   * The terms of a local index.
   *
   * @param reader the index
   * @return its terms, looked up in {@code reader}
   */
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

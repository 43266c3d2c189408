package dev.tilde.why;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * How the typed words matched documents known by their text only, such as the hits of a search on a cluster: the
 * documents are indexed in memory as a Tilde index indexes them, and their matches read as {@link HitMatches} reads a
 * local index's. A typo is then looked for among the hits' own words, where the cluster looked among the whole
 * index's most frequent neighbours, so a faint typo match may be told that did not count there.
 */
public final class TextMatches {
  private TextMatches() {}

  /**
   * How the typed words matched each of {@code docs}.
   *
   * @param analysis the analysis the documents were indexed with
   * @param clauses the query's clauses with their words and kinds
   * @param docs the documents, each with its title, body and language
   * @return each document's matches, in the same order
   */
  public static List<List<WordMatch>> of(TildeAnalysis analysis, WordClauses clauses, List<TildeDocument> docs) {
    if (docs.isEmpty()) {
      return List.of();
    }
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analysis.indexAnalyzer()))) {
        List<Document> indexed = new ArrayList<>(docs.size());
        docs.forEach(doc -> indexed.add(Schema.toLuceneDocument(doc, doc.lang())));
        writer.addDocuments(indexed); // one block: document numbers in order
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        int[] ids = new int[docs.size()];
        List<Document> stored = new ArrayList<>(docs.size());
        StoredFields fields = reader.storedFields();
        for (int i = 0; i < ids.length; i++) {
          ids[i] = i;
          stored.add(fields.document(i));
        }
        return HitMatches.of(new IndexSearcher(reader), clauses, ids, stored);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.tilde.index;

import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The documents of an index as of its last commit, seen by a writer that is about to change it: which ids it holds,
 * with what content, from which paths. It does not change while the writer works.
 *
 * <p>Each document has an ordinal below {@link #maxOrdinal()}, so a job can remember which ones it has seen in a bit
 * set rather than a set of ids. Lookups are safe from many threads.
 */
public final class IndexSnapshot implements Closeable {
  /**
   * The committed version of a document.
   *
   * @param ordinal its position in this snapshot, below {@link #maxOrdinal()}
   * @param contentHash its {@link Schema#contentHash(TildeDocument)}, or {@code null} if the index did not record one
   */
  public record Entry(int ordinal, String contentHash) {}

  private final DirectoryReader reader;
  private final CommitMetadata metadata;

  private IndexSnapshot(DirectoryReader reader, CommitMetadata metadata) {
    this.reader = reader;
    this.metadata = metadata;
  }

  /** The last commit in {@code directory}, or an empty snapshot if it holds no index. */
  static IndexSnapshot open(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return new IndexSnapshot(null, null);
    }
    DirectoryReader reader = DirectoryReader.open(directory);
    return new IndexSnapshot(reader, CommitMetadata.fromUserData(reader.getIndexCommit().getUserData()));
  }

  /** {@return whether there was an index at all} */
  public boolean exists() {
    return reader != null;
  }

  /** {@return what the last commit recorded, or {@code null} if there was no index} */
  public CommitMetadata metadata() {
    return metadata;
  }

  /** {@return how many live documents the snapshot holds} */
  public int documentCount() {
    return reader == null ? 0 : reader.numDocs();
  }

  /** {@return one more than the largest ordinal} */
  public int maxOrdinal() {
    return reader == null ? 0 : reader.maxDoc();
  }

  /**
   * The committed document with the key {@code key} ({@link TildeDocument#key()}), or {@code null} if none.
   *
   * @param key the document's key
   * @return where it is and what it held, or {@code null}
   */
  public Entry find(String key) {
    if (reader == null) {
      return null;
    }
    BytesRef term = new BytesRef(key);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Terms terms = leafReader.terms(Schema.KEY);
        if (terms == null) {
          continue;
        }
        TermsEnum termsEnum = terms.iterator();
        if (!termsEnum.seekExact(term)) {
          continue;
        }
        Bits live = leafReader.getLiveDocs();
        PostingsEnum postings = termsEnum.postings(null, PostingsEnum.NONE);
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live == null || live.get(doc)) {
            BinaryDocValues hashes = leafReader.getBinaryDocValues(Schema.CONTENT_HASH);
            String hash = hashes != null && hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : null;
            return new Entry(leaf.docBase + doc, hash);
          }
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Calls {@code visitor} with the path and ordinal of every live document, in ordinal order.
   *
   * @param visitor takes each document's path and ordinal
   */
  public void forEachDocument(ObjIntConsumer<String> visitor) {
    if (reader == null) {
      return;
    }
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        SortedDocValues paths = leafReader.getSortedDocValues(Schema.PATH);
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          String path = paths != null && paths.advanceExact(doc)
              ? paths.lookupOrd(paths.ordValue()).utf8ToString()
              : stored.document(doc, Set.of(Schema.PATH)).get(Schema.PATH); // indexes from before the doc values
          visitor.accept(path, leaf.docBase + doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The key ({@link TildeDocument#key()}) of the document at {@code ordinal}.
   *
   * @param ordinal the document's ordinal in the snapshot, below {@link #maxOrdinal()}
   * @return its key
   */
  public String key(int ordinal) {
    try {
      return reader.storedFields().document(ordinal, Set.of(Schema.KEY)).get(Schema.KEY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The whole document at {@code ordinal}, read back from its stored fields.
   *
   * @param ordinal the document's ordinal in the snapshot, below {@link #maxOrdinal()}
   * @return the document
   */
  public TildeDocument document(int ordinal) {
    try {
      return Schema.fromStored(reader.storedFields().document(ordinal));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
    }
  }
}

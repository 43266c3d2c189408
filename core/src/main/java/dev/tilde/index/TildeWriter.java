package dev.tilde.index;

import dev.tilde.TildeException;
import dev.tilde.analysis.LanguageDetector;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * An index open for writing: adds, replaces and deletes {@link TildeDocument}s by id, and commits them with a record
 * of how the index was built. Reach it through {@link dev.tilde.TildeIndex#openForWriting(Path)}.
 *
 * <p>Only one writer may have an index open at a time; a second one fails at once. Nothing is visible to searchers,
 * nor survives a crash, until {@link #commit}: changes not committed are discarded by {@link #close()}. {@link
 * #put} and {@link #delete} are safe to call from many threads at once, which is how Lucene indexes concurrently.
 */
public final class TildeWriter implements Closeable {
  private final Path path;
  private final Directory directory;
  private final IndexSnapshot committed;
  private final IndexWriter writer;

  private TildeWriter(Path path, Directory directory, IndexSnapshot committed, IndexWriter writer) {
    this.path = path;
    this.directory = directory;
    this.committed = committed;
    this.writer = writer;
  }

  /**
   * Opens (or creates) the index at {@code path} for writing.
   *
   * @throws TildeException if another writer holds the index, it cannot be created, or (unless rebuilding) it was
   *     built with another analysis ({@link dev.tilde.IncompatibleIndexException})
   */
  public static TildeWriter open(Path path, WriteOptions options) {
    return open(path, TildeAnalysis.standard(), options);
  }

  /**
   * Opens (or creates) the index at {@code path} for writing, its documents analysed by {@code analysis}'s index
   * chains (an analysis with other alias tables indexes alike: aliases apply to queries only).
   *
   * @throws TildeException as {@link #open(Path, WriteOptions)}
   */
  public static TildeWriter open(Path path, TildeAnalysis analysis, WriteOptions options) {
    Directory directory = null;
    IndexSnapshot committed = null;
    IndexWriter writer = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      // Read the last commit before the writer starts: a rebuild must still be able to compare with, and carry
      // over from, the generation it replaces.
      committed = IndexSnapshot.open(directory);
      writer = new IndexWriter(directory, config(analysis, options));
      if (committed.exists() && !options.rebuild()) {
        committed.metadata().requireCompatible(path);
      }
      return new TildeWriter(path, directory, committed, writer);
    } catch (LockObtainFailedException e) {
      closeAll(writer, committed, directory);
      throw new TildeException("index at " + path + " is locked: another indexer is writing to it", e);
    } catch (IOException e) {
      closeAll(writer, committed, directory);
      throw new TildeException("cannot open index at " + path + " for writing: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeAll(writer, committed, directory);
      throw e;
    }
  }

  /** The single place that decides how documents are analysed and buffered on their way into the index. */
  private static IndexWriterConfig config(TildeAnalysis analysis, WriteOptions options) {
    return new IndexWriterConfig(analysis.indexAnalyzer())
        .setOpenMode(options.rebuild() ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(options.ramBufferMb())
        .setCommitOnClose(false);
  }

  /** The index as of its last commit before this writer opened; unchanged by what the writer does. */
  public IndexSnapshot committed() {
    return committed;
  }

  /**
   * Adds {@code doc}, replacing any document with the same id.
   *
   * @throws IllegalArgumentException if Lucene refuses this document (say, an id longer than 32766 bytes); the
   *     writer stays usable
   * @throws TildeException if the index cannot be written
   */
  public void put(TildeDocument doc) {
    try {
      writer.updateDocument(Schema.idTerm(doc.id()), Schema.toLuceneDocument(doc, LanguageDetector.languageOf(doc)));
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /** Deletes the document with {@code id}, if there is one. */
  public void delete(String id) {
    try {
      writer.deleteDocuments(Schema.idTerm(id));
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Writes buffered documents to disk as new segments, not yet committed: what {@link #commit} would otherwise write
   * on its one calling thread. Indexing threads call it when they run out of work, so they share that last write
   * between them; a crash or {@link #rollback} still discards the segments, as it would the buffer.
   *
   * @throws TildeException if the index cannot be written
   */
  public void flushBuffers() {
    try {
      while (writer.flushNextBuffer()) {
        // each call writes one thread's buffer; another thread calling at once takes another buffer
      }
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /** Documents in the index including uncommitted changes. */
  public int documentCount() {
    return writer.getDocStats().numDocs;
  }

  /**
   * Makes every change so far durable and visible to searchers that open the index afterwards.
   *
   * @param inputs what the index is now built from, recorded for {@code tilde info}
   * @param jobComplete {@code false} for a periodic commit in the middle of a job
   */
  public void commit(List<String> inputs, boolean jobComplete) {
    CommitMetadata metadata = new CommitMetadata(Schema.ANALYSIS_VERSION, Instant.now(), jobComplete, inputs);
    writer.setLiveCommitData(metadata.toUserData().entrySet());
    try {
      writer.commit();
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /** Commits every change so far, keeping the inputs recorded by the last commit. */
  public void commit() {
    CommitMetadata last = committed.metadata();
    commit(last == null ? List.of() : last.inputs(), true);
  }

  /** Discards every change since the last commit and closes the writer. */
  public void rollback() {
    try {
      writer.rollback();
    } catch (IOException e) {
      throw writeFailure(e);
    } finally {
      closeAll(committed, directory);
    }
  }

  /** Closes the writer, discarding changes that were not committed. */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      closeAll(committed, directory);
    }
  }

  private TildeException writeFailure(IOException e) {
    return new TildeException("cannot write index at " + path + ": " + e.getMessage(), e);
  }

  private static void closeAll(Closeable... closeables) {
    for (Closeable c : closeables) {
      if (c != null) {
        try {
          c.close();
        } catch (IOException ignored) {
          // already failing or done; the first error is the one to report
        }
      }
    }
  }
}

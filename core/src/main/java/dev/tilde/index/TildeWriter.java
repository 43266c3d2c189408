package dev.tilde.index;

import dev.tilde.DamagedIndexException;
import dev.tilde.TildeException;
import dev.tilde.analysis.LanguageDetector;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.IdNamespace;
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
  /** The damaged index a rebuild moved aside, put back if the rebuild does not complete; {@code null} if none. */
  private final DamagedIndex setAside;
  /** Whether a commit has made this writer's generation the index: a damaged index set aside then stays aside. */
  private volatile boolean committedOnce;

  private TildeWriter(Path path, Directory directory, IndexSnapshot committed, IndexWriter writer,
      DamagedIndex setAside) {
    this.path = path;
    this.directory = directory;
    this.committed = committed;
    this.writer = writer;
    this.setAside = setAside;
  }

  /**
   * Opens (or creates) the index at {@code path} for writing.
   *
   * <p>A rebuild over an index that cannot be read at all ({@link DamagedIndexException}) first moves its files
   * aside ({@link #damagedIndexSetAside()} says where); they are moved back if the rebuild is rolled back.
   *
   * @param path the index's directory
   * @param options whether to rebuild, and the RAM buffer
   * @return the writer, which holds the index's lock until it is closed
   * @throws TildeException if another writer holds the index, it cannot be created, or (unless rebuilding) it was
   *     built with another analysis ({@link dev.tilde.IncompatibleIndexException}) or is damaged ({@link
   *     DamagedIndexException})
   */
  public static TildeWriter open(Path path, WriteOptions options) {
    return open(path, TildeAnalysis.standard(), options);
  }

  /**
   * Opens (or creates) the index at {@code path} for writing, its documents analysed by {@code analysis}'s index
   * chains (an analysis with other alias tables indexes alike: aliases apply to queries only).
   *
   * @param path the index's directory
   * @param analysis the analysis to write documents with
   * @param options whether to rebuild, and the RAM buffer
   * @return the writer, which holds the index's lock until it is closed
   * @throws TildeException as {@link #open(Path, WriteOptions)}
   */
  public static TildeWriter open(Path path, TildeAnalysis analysis, WriteOptions options) {
    Directory directory = null;
    IndexSnapshot committed = null;
    IndexWriter writer = null;
    DamagedIndex setAside = null;
    try {
      Files.createDirectories(path);
      directory = FSDirectory.open(path);
      // Read the last commit before the writer starts: a rebuild must still be able to compare with, and carry
      // over from, the generation it replaces.
      try {
        committed = IndexSnapshot.open(directory);
      } catch (IOException | IllegalArgumentException e) {
        DamagedIndexException damage = DamagedIndex.diagnose(path, e);
        if (damage == null) {
          throw e;
        }
        if (!options.rebuild()) {
          throw damage;
        }
        setAside = DamagedIndex.moveAside(path, directory, damage);
        committed = IndexSnapshot.open(directory);
      }
      writer = new IndexWriter(directory, config(analysis, options));
      if (committed.exists() && !options.rebuild()) {
        committed.metadata().requireCompatible(path);
      }
      return new TildeWriter(path, directory, committed, writer, setAside);
    } catch (LockObtainFailedException e) {
      throw failedToOpen(new TildeException("index at " + path + " is locked: another indexer is writing to it", e),
          writer, committed, directory, setAside);
    } catch (IOException e) {
      throw failedToOpen(new TildeException("cannot open index at " + path + " for writing: " + e.getMessage(), e),
          writer, committed, directory, setAside);
    } catch (RuntimeException e) {
      throw failedToOpen(e, writer, committed, directory, setAside);
    }
  }

  /** Closes what {@link #open} had opened, moves back a damaged index it had set aside, and returns {@code e}. */
  private static RuntimeException failedToOpen(RuntimeException e, IndexWriter writer, IndexSnapshot committed,
      Directory directory, DamagedIndex setAside) {
    closeAll(writer, committed);
    try {
      if (setAside != null) {
        setAside.moveBack(directory);
      }
    } catch (TildeException notBack) {
      return new TildeException(e.getMessage() + "; " + notBack.getMessage(), e);
    } finally {
      closeAll(directory);
    }
    return e;
  }

  /**
   * {@return the damaged index this rebuild moved aside before it started, or {@code null} if there was none} Its
   * files stay there once the rebuild commits; {@link #rollback()} puts them back.
   */
  public DamagedIndex damagedIndexSetAside() {
    return setAside;
  }

  /** The single place that decides how documents are analysed and buffered on their way into the index. */
  private static IndexWriterConfig config(TildeAnalysis analysis, WriteOptions options) {
    return new IndexWriterConfig(analysis.indexAnalyzer())
        .setOpenMode(options.rebuild() ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(options.ramBufferMb())
        .setCommitOnClose(false);
  }

  /** {@return the index as of its last commit before this writer opened} It is unchanged by what the writer does. */
  public IndexSnapshot committed() {
    return committed;
  }

  /**
   * Adds {@code doc}, replacing any document with the same id in the same namespace ({@link TildeDocument#key()}).
   *
   * @param doc the document
   * @throws IllegalArgumentException if Lucene refuses this document (say, an id longer than 32766 bytes); the
   *     writer stays usable
   * @throws TildeException if the index cannot be written
   */
  public void put(TildeDocument doc) {
    try {
      writer.updateDocument(Schema.keyTerm(doc.key()), Schema.toLuceneDocument(doc, LanguageDetector.languageOf(doc)));
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /**
   * Deletes the document with the text id {@code id} ({@link IdNamespace#TEXT}), if there is one.
   *
   * @param id the document's id
   */
  public void delete(String id) {
    deleteKey(IdNamespace.TEXT.key(id));
  }

  /**
   * Deletes the document with the key {@code key} ({@link TildeDocument#key()}), if there is one.
   *
   * @param key the document's key
   */
  public void deleteKey(String key) {
    try {
      writer.deleteDocuments(Schema.keyTerm(key));
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

  /** {@return how many documents the index holds, uncommitted changes included} */
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
      committedOnce = true;
    } catch (IOException e) {
      throw writeFailure(e);
    }
  }

  /** Commits every change so far, keeping the inputs recorded by the last commit. */
  public void commit() {
    CommitMetadata last = committed.metadata();
    commit(last == null ? List.of() : last.inputs(), true);
  }

  /**
   * Discards every change since the last commit and closes the writer; a damaged index moved aside by a rebuild that
   * never committed is moved back.
   */
  public void rollback() {
    try {
      writer.rollback();
    } catch (IOException e) {
      throw writeFailure(e);
    } finally {
      closeAfterUncommitted();
    }
  }

  /** Closes the directory, first moving back a damaged index set aside by a rebuild that never committed. */
  private void closeAfterUncommitted() {
    try {
      if (setAside != null && !committedOnce) {
        setAside.moveBack(directory);
      }
    } finally {
      closeAll(committed, directory);
    }
  }

  /** Closes the writer, discarding changes that were not committed (a damaged index set aside is moved back). */
  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      closeAfterUncommitted();
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

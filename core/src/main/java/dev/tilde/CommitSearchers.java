package dev.tilde;

import dev.tilde.index.CommitMetadata;
import dev.tilde.index.DamagedIndex;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * The searchers of one on-disk index, each on the newest commit: opened once, refreshed when someone has committed
 * since, and closed with the directory they read.
 */
final class CommitSearchers implements Closeable {
  private final Path path;
  private final Directory directory;
  private final SearcherManager searchers;

  private CommitSearchers(Path path, Directory directory, SearcherManager searchers) {
    this.path = path;
    this.directory = directory;
    this.searchers = searchers;
  }

  /**
   * Opens the searchers of the index in {@code path}, after checking its analysis is the one this Tilde reads; its
   * files are memory-mapped when {@code mapped}, else read with positional reads (see {@link
   * TildeIndex#openForOneSearch}).
   *
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   * @throws DamagedIndexException if it cannot be read at all (damaged, or written by a newer Lucene)
   */
  static CommitSearchers open(Path path, boolean mapped) {
    if (!Files.isDirectory(path)) {
      throw new NoIndexException(path);
    }
    Directory directory = null;
    try {
      directory = mapped ? FSDirectory.open(path) : new NIOFSDirectory(path);
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(path);
      }
      Directory opened = directory;
      SearcherManager searchers = DamagedIndex.opening(path,
          () -> new SearcherManager(opened, new CommitSearcherFactory()));
      IndexSearcher first = searchers.acquire();
      try {
        DirectoryReader reader = (DirectoryReader) first.getIndexReader();
        CommitMetadata.fromUserData(reader.getIndexCommit().getUserData()).requireCompatible(path);
      } catch (RuntimeException e) {
        searchers.release(first);
        searchers.close();
        throw e;
      }
      searchers.release(first);
      return new CommitSearchers(path, directory, searchers);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new TildeException("cannot open index at " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * A searcher on the newest commit, refreshing first if someone committed since the last search; give it back with
   * {@link #release}. The check is one listing of the index directory: Lucene's own ({@code isCurrent}) reads the
   * latest commit and every segment's info, which cost more than many searches. Blocking: with the non-blocking
   * refresh, a search that starts while another thread is still refreshing to an older commit would be served that
   * older commit, after the caller saw the new one committed.
   */
  IndexSearcher acquireLatest() {
    try {
      IndexSearcher current = searchers.acquire();
      boolean latest;
      try {
        latest = ((CommitSearcher) current).generation == SegmentInfos.getLastCommitGeneration(directory);
      } catch (IOException | RuntimeException e) {
        searchers.release(current);
        throw e;
      }
      if (latest) {
        return current;
      }
      searchers.release(current);
      searchers.maybeRefreshBlocking();
      return searchers.acquire();
    } catch (AlreadyClosedException e) {
      throw new TildeException("index at " + path + " is closed", e);
    } catch (IOException e) {
      throw new TildeException("cannot read index at " + path + ": " + e.getMessage(), e);
    }
  }

  /** Gives back a searcher {@link #acquireLatest} handed out. */
  void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  /** A searcher that knows which commit of the index it reads. */
  private static final class CommitSearcher extends IndexSearcher {
    private final long generation;

    CommitSearcher(DirectoryReader reader) throws IOException {
      super(reader);
      this.generation = reader.getIndexCommit().getGeneration();
    }
  }

  /** Makes the {@link CommitSearcher}s the searcher manager hands out. */
  private static final class CommitSearcherFactory extends SearcherFactory {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new CommitSearcher((DirectoryReader) reader);
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}

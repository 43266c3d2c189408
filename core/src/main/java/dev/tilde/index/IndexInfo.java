package dev.tilde.index;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;

/**
 * A description of an index for operators: its size and what it was built with and from. Reading it works on any
 * index Lucene can open, including one this Tilde would refuse to search.
 *
 * @param directory where the index is
 * @param documents live documents
 * @param deletedDocuments deleted documents not yet merged away
 * @param segments Lucene segments of the last commit
 * @param sizeBytes bytes on disk of the files of the last commit
 * @param commit what the last commit recorded
 */
public record IndexInfo(
    Path directory, int documents, int deletedDocuments, int segments, long sizeBytes, CommitMetadata commit) {

  /**
   * Describes the index at {@code path}.
   *
   * @param path the index's directory
   * @return what its latest commit holds
   * @throws NoIndexException if there is none
   * @throws dev.tilde.DamagedIndexException if it cannot be read at all
   */
  public static IndexInfo read(Path path) {
    if (!Files.isDirectory(path)) {
      throw new NoIndexException(path);
    }
    // Read once and closed: positional reads, as TildeIndex.openForOneSearch, without memory-mapping's set-up.
    try (Directory directory = new NIOFSDirectory(path)) {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(path);
      }
      try (DirectoryReader reader = DamagedIndex.opening(path, () -> DirectoryReader.open(directory))) {
        IndexCommit commit = reader.getIndexCommit();
        long size = 0;
        for (String file : commit.getFileNames()) {
          size += directory.fileLength(file);
        }
        return new IndexInfo(path, reader.numDocs(), reader.numDeletedDocs(), reader.leaves().size(), size,
            CommitMetadata.fromUserData(commit.getUserData()));
      }
    } catch (IOException e) {
      throw new TildeException("cannot read index at " + path + ": " + e.getMessage(), e);
    }
  }
}

package dev.tilde.index;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * @param acronyms the acronyms the index learned from its documents' text, when asked for ({@link #read(Path,
 *     boolean)}); else empty
 */
public record IndexInfo(Path directory, int documents, int deletedDocuments, int segments, long sizeBytes,
    CommitMetadata commit, List<LearnedAcronyms.Learned> acronyms) {
  /** Keeps its own copy of {@code acronyms}. */
  public IndexInfo {
    acronyms = List.copyOf(acronyms);
  }

  /**
   * A description without the acronyms the index learned (the constructor from before they were learned).
   *
   * @param directory where the index is
   * @param documents live documents
   * @param deletedDocuments deleted documents not yet merged away
   * @param segments Lucene segments of the last commit
   * @param sizeBytes bytes on disk of the files of the last commit
   * @param commit what the last commit recorded
   */
  public IndexInfo(Path directory, int documents, int deletedDocuments, int segments, long sizeBytes,
      CommitMetadata commit) {
    this(directory, documents, deletedDocuments, segments, sizeBytes, commit, List.of());
  }

  /**
   * Describes the index at {@code path}.
   *
   * @param path the index's directory
   * @return what its latest commit holds
   * @throws NoIndexException if there is none
   * @throws dev.tilde.DamagedIndexException if it cannot be read at all
   */
  public static IndexInfo read(Path path) {
    return read(path, false);
  }

  /**
   * Describes the index at {@code path}, with the acronyms it learned if {@code withAcronyms}.
   *
   * @param path the index's directory
   * @param withAcronyms whether to list the acronyms the index learned from its documents' text
   * @return what its latest commit holds
   * @throws NoIndexException if there is none
   * @throws dev.tilde.DamagedIndexException if it cannot be read at all
   */
  public static IndexInfo read(Path path, boolean withAcronyms) {
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
            CommitMetadata.fromUserData(commit.getUserData()),
            withAcronyms ? LearnedAcronyms.in(reader, Schema.ACRONYMS).all() : List.of());
      }
    } catch (IOException e) {
      throw new TildeException("cannot read index at " + path + ": " + e.getMessage(), e);
    }
  }
}

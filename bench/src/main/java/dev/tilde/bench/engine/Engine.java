package dev.tilde.bench.engine;

import dev.tilde.bench.corpus.CorpusFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A search engine under test: builds an index of a corpus on disk, then answers the query set from it. */
public interface Engine {
  /** The engine's name in the report. */
  String name();

  /** Builds a new index of {@code corpus} in the empty directory {@code dir}, committed and closed on return. */
  void build(CorpusFile corpus, Path dir, BuildSettings settings) throws Exception;

  /** Opens the index in {@code dir} for searching. */
  EngineIndex open(Path dir) throws Exception;

  /** Bytes the index in {@code dir} takes on disk. */
  default long sizeOnDisk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * How an index is built, the same for every engine.
   *
   * @param threads indexing threads (engines that write from one thread, like SQLite, use one)
   * @param ramBufferMb memory for documents not yet written to disk
   */
  record BuildSettings(int threads, double ramBufferMb) {}
}

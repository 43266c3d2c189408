package dev.tilde.bench.engine;

import dev.tilde.bench.corpus.BenchQuery;
import java.io.IOException;
import java.util.List;

/** Answers queries with the top hits and their snippets, on one thread. */
public interface Searcher extends AutoCloseable {
  /** The number of hits every search asks for. */
  int TOP = 10;

  /** The best {@link #TOP} hits for {@code query}, each with its snippets, fully read. */
  default Result search(BenchQuery query) throws Exception {
    return search(query, TOP);
  }

  /** The best {@code count} hits for {@code query}, each with its snippets, fully read. */
  Result search(BenchQuery query, int count) throws Exception;

  @Override
  default void close() throws IOException {}

  /**
   * What a search returned, read to the end (titles and snippets included) so no engine can skip work.
   *
   * @param ids the hits' ids, best first
   * @param titles the hits' titles
   * @param snippets each hit's snippets joined, with matches marked {@code **like this**}
   */
  record Result(List<String> ids, List<String> titles, List<String> snippets) {}
}

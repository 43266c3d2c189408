package dev.tilde.bench.engine;

import java.io.IOException;

/** An engine's index open for searching. */
public interface EngineIndex extends AutoCloseable {
  /** A searcher for the calling thread (some engines' connections must not be shared between threads). */
  Searcher searcher() throws Exception;

  @Override
  default void close() throws IOException {}
}

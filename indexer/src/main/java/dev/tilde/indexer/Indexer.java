package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.indexer.source.InputSource;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The indexer module's entry point: reads files, directories and NDJSON streams and brings an on-disk index up to
 * date with them.
 *
 * <p>By default a job is incremental: documents whose content has not changed are skipped, changed ones replaced,
 * and documents whose input file is gone (under the inputs given) deleted. {@link IndexOptions#full()} rebuilds the
 * index from the inputs instead, switching to the new generation only when it is complete.
 *
 * <pre>{@code
 * IndexSummary summary = Indexer.index(Path.of("index"), List.of(Path.of("news")),
 *     IndexOptions.defaults().withWarnings(System.err::println));
 * }</pre>
 */
public final class Indexer {
  /** The input that means "NDJSON from {@link IndexOptions#stdin()}", as {@code -} does on the command line. */
  public static final Path STDIN = InputSource.STDIN;
  /** How documents read from {@link #STDIN} are named in warnings and failures. */
  public static final String STDIN_NAME = InputSource.STDIN_NAME;

  private Indexer() {}

  /**
   * Indexes {@code inputs} into the index at {@code indexPath} with the default options, creating it if needed.
   *
   * @param indexPath the index's directory
   * @param inputs files, directories, or {@link #STDIN}
   * @param warnings told about each problem as it happens
   * @return what the job did
   * @throws TildeException if the job cannot run at all (an input that does not exist, the index locked by another
   *     indexer, unwritable, or built with another analysis)
   */
  public static IndexSummary index(Path indexPath, List<Path> inputs, Consumer<String> warnings) {
    return index(indexPath, inputs, IndexOptions.defaults().withWarnings(warnings));
  }

  /**
   * Indexes {@code inputs} (files, directories, or {@link #STDIN}) into the index at {@code indexPath}, creating it
   * if needed. Inputs that cannot be read are reported to {@link IndexOptions#warnings()} and listed in the summary;
   * they never stop the job, and documents already indexed from them are kept.
   *
   * @param indexPath the index's directory
   * @param inputs files, directories, or {@link #STDIN}
   * @param options the job's settings and wiring
   * @return what the job did
   * @throws TildeException if the job cannot run at all (an input that does not exist, the index locked by another
   *     indexer, unwritable, or built with another analysis); the index is then left at its last commit
   */
  public static IndexSummary index(Path indexPath, List<Path> inputs, IndexOptions options) {
    return IndexJob.run(indexPath, inputs, options);
  }
}

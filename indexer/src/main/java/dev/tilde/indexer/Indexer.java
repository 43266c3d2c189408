package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.indexer.opensearch.BulkLoader;
import dev.tilde.indexer.opensearch.LoadOptions;
import dev.tilde.indexer.opensearch.LoadSummary;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.opensearch.ClusterIndex;
import dev.tilde.schema.TildeDocument;
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
  public static final Path STDIN = Path.of("-");

  private Indexer() {}

  /**
   * Indexes {@code inputs} into the index at {@code indexPath} with the default options, creating it if needed.
   *
   * @param warnings told about each problem as it happens
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
   * @throws TildeException if the job cannot run at all (an input that does not exist, the index locked by another
   *     indexer, unwritable, or built with another analysis); the index is then left at its last commit
   */
  public static IndexSummary index(Path indexPath, List<Path> inputs, IndexOptions options) {
    return IndexJob.run(indexPath, inputs, options);
  }

  /**
   * Loads the documents of {@code inputs}, read exactly as {@link #index} reads them, into the index {@code target}
   * on an OpenSearch cluster, creating it if needed. Inputs that cannot be read and documents the cluster does not
   * take are reported to {@link LoadOptions#warnings()} and listed in the summary; if the cluster cannot be reached
   * even after every retry, the load stops and says so. Loading replaces documents by id, so it can always be run
   * again.
   *
   * @throws TildeException if the load cannot start (an input that does not exist, the cluster unreachable, the
   *     index refused)
   */
  public static LoadSummary load(ClusterIndex target, List<Path> inputs, IndexOptions options, LoadOptions load) {
    if (inputs.isEmpty()) {
      throw new TildeException("nothing to load: give at least one file, directory, or - for standard input");
    }
    SourceFiles.requireReadable(inputs.stream().filter(input -> !input.equals(STDIN)).toList());
    BulkLoader loader = BulkLoader.open(target, load);
    InputDocuments.read(inputs, options, new InputDocuments.Sink() {
      @Override
      public void document(TildeDocument doc) {
        loader.add(doc);
      }

      @Override
      public void failure(String source, String reason) {
        loader.failed(source, reason);
        options.warnings().accept(source + ": skipped: " + reason);
      }
    }, () -> loader.stopped() != null);
    return loader.finish();
  }
}

package dev.tilde.opensearch.client;

import dev.tilde.TildeException;
import dev.tilde.indexer.FailureLog;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.Indexer;
import dev.tilde.indexer.source.Format;
import dev.tilde.indexer.source.InputSource;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.schema.TildeDocument;
import java.nio.file.Path;
import java.util.List;

/**
 * The cluster counterpart of {@link Indexer#index}: reads files, directories and NDJSON streams exactly as the
 * indexer does and loads their documents into an index on an OpenSearch cluster ({@code tilde index --to}).
 *
 * <pre>{@code
 * LoadSummary summary = LoadJob.run(ClusterIndex.parse("http://localhost:9200/news"), List.of(Path.of("news")),
 *     IndexOptions.defaults(), LoadOptions.defaults().withWarnings(System.err::println));
 * }</pre>
 */
public final class LoadJob {
  private LoadJob() {}

  /**
   * Loads the documents of {@code inputs}, read exactly as {@link Indexer#index} reads them, into the index {@code
   * target} on an OpenSearch cluster, creating it if needed. Inputs that cannot be read and documents the cluster
   * does not take are reported to {@link LoadOptions#warnings()} and listed in the summary; if the cluster cannot be
   * reached even after every retry, the load stops and says so. Loading replaces documents by id, so it can always
   * be run again.
   *
   * @param target the index, on its cluster
   * @param inputs files, directories, or {@link Indexer#STDIN}
   * @param options how to read the inputs (links, NDJSON fields, the document cap, standard input, warnings)
   * @param load how to create the index and send the documents
   * @return what the load did
   * @throws TildeException if the load cannot start (an input that does not exist, the cluster unreachable, the
   *     index refused)
   */
  public static LoadSummary run(ClusterIndex target, List<Path> inputs, IndexOptions options, LoadOptions load) {
    if (inputs.isEmpty()) {
      throw new TildeException("nothing to load: give at least one file, directory, or - for standard input");
    }
    SourceFiles.requireReadable(InputSource.files(inputs));
    BulkLoader loader = BulkLoader.open(target, load);
    InputSource source = new InputSource(options.followLinks(), options.ndjsonFields(), options.maxDocumentBytes(),
        options.stdin(), options.warnings(), bytes -> { });
    source.read(inputs, new InputSource.Sink() {
      @Override
      public void file(Path file, Format format) {
        TildeDocument doc = source.readFile(file, format, this);
        if (doc != null) {
          loader.add(doc);
        }
      }

      @Override
      public void document(TildeDocument doc, String where) {
        loader.add(doc);
      }

      @Override
      public void failure(String source, String reason, Path origin) {
        loader.failed(FailureLog.inputOf(source, origin), source, reason);
      }
    }, () -> loader.stopped() != null);
    return loader.finish();
  }
}

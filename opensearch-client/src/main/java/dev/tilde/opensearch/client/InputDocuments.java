package dev.tilde.opensearch.client;

import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.Indexer;
import dev.tilde.indexer.source.FileDocumentReader;
import dev.tilde.indexer.source.Format;
import dev.tilde.indexer.source.NdjsonReader;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.indexer.source.UnreadableSourceException;
import dev.tilde.schema.TildeDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads the documents of a job's inputs one after another on the calling thread, in the order the walk finds them:
 * the same documents, read by the same readers with the same options, as the indexer's {@code IndexJob} indexes,
 * for a load into an OpenSearch cluster.
 */
final class InputDocuments {
  /** Where the documents and the inputs that could not be read go. */
  interface Sink {
    void document(TildeDocument doc);

    /** {@code source} (a part of {@code input}: a line of it, or all of it) could not be read, for {@code reason}. */
    void failure(String input, String source, String reason);
  }

  private final IndexOptions options;
  private final Sink sink;
  private final BooleanSupplier stop;

  private InputDocuments(IndexOptions options, Sink sink, BooleanSupplier stop) {
    this.options = options;
    this.sink = sink;
    this.stop = stop;
  }

  /** Reads every input into {@code sink}, until the end or until {@code stop} says to stop. */
  static void read(List<Path> inputs, IndexOptions options, Sink sink, BooleanSupplier stop) {
    InputDocuments reader = new InputDocuments(options, sink, stop);
    for (Path input : inputs) {
      if (stop.getAsBoolean()) {
        return;
      }
      if (input.equals(Indexer.STDIN)) {
        reader.ndjson(null);
      } else {
        SourceFiles.walk(input, options.followLinks(), reader::file,
            (dir, reason) -> sink.failure(dir.toString(), dir.toString(), reason),
            link -> options.warnings().accept(link + ": skipped symbolic link (use --follow-links to follow it)"));
      }
    }
  }

  private void file(Path file) {
    if (stop.getAsBoolean()) {
      return;
    }
    Format format = SourceFiles.formatOf(file);
    if (format == Format.NDJSON) {
      ndjson(file);
      return;
    }
    TildeDocument doc;
    try {
      doc = FileDocumentReader.read(file, format, options.maxDocumentBytes(), options.warnings());
    } catch (UnreadableSourceException e) {
      sink.failure(file.toString(), file.toString(), e.getMessage());
      return;
    } catch (RuntimeException e) {
      sink.failure(file.toString(), file.toString(), "cannot extract text: " + e);
      return;
    }
    sink.document(doc);
  }

  private void ndjson(Path file) {
    String where = file == null ? Indexer.STDIN_NAME : file.toString();
    NdjsonReader.Handler handler = new NdjsonReader.Handler() {
      @Override
      public void document(long line, TildeDocument doc) {
        if (!stop.getAsBoolean()) {
          sink.document(doc);
        }
      }

      @Override
      public void failure(long line, String reason) {
        sink.failure(where, where + ":" + line, reason);
      }

      @Override
      public void warning(long line, String message) {
        options.warnings().accept(where + ":" + line + ": " + message);
      }
    };
    try {
      if (file == null) {
        NdjsonReader.read(options.stdin(), Indexer.STDIN_NAME, options.ndjsonFields(), options.maxDocumentBytes(),
            handler, bytes -> { });
      } else {
        NdjsonReader.read(file, options.ndjsonFields(), options.maxDocumentBytes(), handler, bytes -> { });
      }
    } catch (UnreadableSourceException e) {
      sink.failure(where, where, e.getMessage());
    }
  }
}

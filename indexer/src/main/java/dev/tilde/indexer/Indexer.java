package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.indexer.source.SourceFiles;
import dev.tilde.indexer.source.TextFileReader;
import dev.tilde.indexer.source.UnreadableSourceException;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The indexer module's entry point: reads the given files and directories and writes them to an on-disk index.
 *
 * <p>Documents are keyed by their id, so indexing the same file again replaces it rather than adding a copy.
 */
public final class Indexer {
  private Indexer() {}

  /**
   * Indexes {@code inputs} into the index at {@code indexPath}, creating it if needed.
   *
   * @param warnings told about each recoverable problem as it happens
   * @throws TildeException if the job cannot run at all (bad input path, index locked or unwritable)
   */
  public static IndexSummary index(Path indexPath, List<Path> inputs, Consumer<String> warnings) {
    long started = System.nanoTime();
    List<Path> files = SourceFiles.expand(inputs);
    try {
      Files.createDirectories(indexPath);
    } catch (IOException e) {
      throw new TildeException("cannot create index directory " + indexPath + ": " + e.getMessage(), e);
    }
    List<IndexSummary.Failure> failures = new ArrayList<>();
    int indexed = 0;
    long bytes = 0;
    try (Directory dir = FSDirectory.open(indexPath);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(TildeAnalysis.standard().indexAnalyzer()))) {
      for (Path file : files) {
        TildeDocument doc;
        long size;
        try {
          size = Files.size(file);
          doc = TextFileReader.read(file, warnings);
        } catch (UnreadableSourceException | IOException e) {
          failures.add(new IndexSummary.Failure(file.toString(), e.getMessage()));
          warnings.accept(file + ": skipped: " + e.getMessage());
          continue;
        }
        writer.updateDocument(Schema.idTerm(doc.id()), Schema.toLuceneDocument(doc));
        indexed++;
        bytes += size;
      }
      writer.commit();
      int total = writer.getDocStats().numDocs;
      return new IndexSummary(indexed, failures, total, bytes, (System.nanoTime() - started) / 1e9);
    } catch (LockObtainFailedException e) {
      throw new TildeException("index at " + indexPath + " is locked: another indexer is writing to it", e);
    } catch (IOException e) {
      throw new TildeException("cannot write index at " + indexPath + ": " + e.getMessage(), e);
    }
  }
}

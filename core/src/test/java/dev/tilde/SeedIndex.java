package dev.tilde;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Test fixture: the seed articles shipped in seeds/, written to an index with core's schema alone. */
public final class SeedIndex {
  private SeedIndex() {}

  /** The seed article files, sorted by name. */
  public static List<Path> seedFiles() throws IOException {
    Path seeds = Path.of(System.getProperty("tilde.seeds", "../seeds"));
    try (Stream<Path> files = Files.list(seeds)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  /** Writes every seed article into a new index at {@code dir} (ids = file names), titled by their first line. */
  public static Path build(Path dir) throws IOException {
    try (FSDirectory directory = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(TildeAnalysis.standard().indexAnalyzer()))) {
      for (Path file : seedFiles()) {
        String name = file.getFileName().toString();
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String title = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(name);
        writer.addDocument(Schema.toLuceneDocument(new TildeDocument(name, file.toString(), title, body)));
      }
    }
    return dir;
  }
}

package dev.tilde;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Test fixture: indexes built once per test JVM and shared read-only by the test classes that search them.
 */
public final class TestIndexes {
  private static Path seedsAndEuroparl;
  private static DirectoryReader seedsAndEuroparlReader;

  private TestIndexes() {}

  /** The five seed articles plus all 17,597 Europarl lines, in one index. */
  public static synchronized Path seedsAndEuroparl() {
    if (seedsAndEuroparl == null) {
      try {
        Path dir = Files.createTempDirectory("tilde-seeds-europarl");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
        SeedIndex.build(dir);
        try (FSDirectory directory = FSDirectory.open(dir);
            IndexWriter writer = new IndexWriter(directory,
                new IndexWriterConfig(TildeAnalysis.standard().indexAnalyzer()))) {
          for (TildeDocument doc : Europarl.documents()) {
            writer.addDocument(Schema.toLuceneDocument(doc, dev.tilde.analysis.LanguageDetector.languageOf(doc)));
          }
        }
        seedsAndEuroparl = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seedsAndEuroparl;
  }

  /** A reader of {@link #seedsAndEuroparl()}, opened once per test JVM and shared read-only: do not close it. */
  public static synchronized DirectoryReader seedsAndEuroparlReader() {
    if (seedsAndEuroparlReader == null) {
      try {
        seedsAndEuroparlReader = DirectoryReader.open(FSDirectory.open(seedsAndEuroparl()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return seedsAndEuroparlReader;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp directory left behind is harmless
    }
  }
}

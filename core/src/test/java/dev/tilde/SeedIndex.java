package dev.tilde;

import dev.tilde.index.TildeWriter;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
    try (TildeWriter writer = TildeIndex.openForWriting(dir)) {
      for (Path file : seedFiles()) {
        String name = file.getFileName().toString();
        String body = Files.readString(file, StandardCharsets.UTF_8);
        String title = body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(name);
        writer.put(new TildeDocument(name, file.toString(), title, body));
      }
      writer.commit();
    }
    return dir;
  }
}

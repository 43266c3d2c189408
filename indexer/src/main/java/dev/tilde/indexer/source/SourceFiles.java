package dev.tilde.indexer.source;

import dev.tilde.TildeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user gave into the files to index: files as given, directories walked recursively. */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * The indexable files under {@code inputs}, in a stable order.
   *
   * @throws TildeException if an input does not exist or cannot be read
   */
  public static List<Path> expand(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new TildeException("no such file or directory: " + input);
      }
      if (!Files.isReadable(input)) {
        throw new TildeException("cannot read " + input);
      }
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          walk.filter(Files::isRegularFile).filter(SourceFiles::isIndexable).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          throw new TildeException("cannot list " + input + ": " + e.getMessage(), e);
        }
      } else {
        files.add(input);
      }
    }
    return files;
  }

  /** Whether a file found while walking a directory is one Tilde reads. */
  static boolean isIndexable(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
  }
}

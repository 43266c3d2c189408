package dev.tilde.indexer.source;

import dev.tilde.TildeException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Expands the paths a user gave into the files to index: files as given, directories walked recursively in name
 * order, keeping the files whose format Tilde reads and skipping hidden entries (names starting with a dot).
 *
 * <p>The walk streams: it holds one directory listing per level, never the list of all files, so it suits trees of
 * millions of files.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * Checks that every input exists and is readable before a job starts.
   *
   * @throws TildeException naming the first input that does not
   */
  public static void requireReadable(List<Path> inputs) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new TildeException("no such file or directory: " + input);
      }
      if (!Files.isReadable(input)) {
        throw new TildeException("cannot read " + input);
      }
    }
  }

  /**
   * Calls {@code files} with each file to index under {@code input}: the input itself if it is a file (whatever its
   * name: a file named explicitly is read as text unless its name says otherwise), else the files found below it.
   *
   * @param unlistable told about each directory that could not be listed, and why; its files are left out
   */
  public static void walk(Path input, Consumer<Path> files, BiConsumer<Path, String> unlistable) {
    if (Files.isDirectory(input)) {
      walkDirectory(input, files, unlistable);
    } else {
      files.accept(input);
    }
  }

  /** The format to read {@code file} with: by its name, plain text when the name says nothing Tilde knows. */
  public static Format formatOf(Path file) {
    Format format = Format.of(file);
    return format == null ? Format.TEXT : format;
  }

  /** Whether {@code file}, met while walking a directory, is one Tilde indexes. */
  public static boolean isIndexable(Path file) {
    return Format.of(file) != null && !isHidden(file);
  }

  private static void walkDirectory(Path dir, Consumer<Path> files, BiConsumer<Path, String> unlistable) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(entries::add);
    } catch (IOException | RuntimeException e) {
      unlistable.accept(dir, "cannot list directory: " + e.getMessage());
      return;
    }
    entries.sort(null);
    for (Path entry : entries) {
      if (isHidden(entry)) {
        continue;
      }
      // Directory links are not followed: a link back up the tree would never end.
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        walkDirectory(entry, files, unlistable);
      } else if (Files.isRegularFile(entry) && isIndexable(entry)) {
        files.accept(entry);
      }
    }
  }

  private static boolean isHidden(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}

package dev.tilde.indexer.source;

import dev.tilde.TildeException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  /** The file type bits of a Unix mode, and the types a job never reads. */
  private static final int TYPE_BITS = 0170000;
  private static final int FIFO = 0010000;
  private static final int CHARACTER_DEVICE = 0020000;
  private static final int BLOCK_DEVICE = 0060000;
  private static final int SOCKET = 0140000;

  /**
   * Checks that every input exists, is a file or a directory (links followed: the user named them), and is readable,
   * before a job starts: a FIFO, a socket or a device would block the job, or feed it forever.
   *
   * @param inputs the inputs (standard input left out)
   * @throws TildeException naming the first input that does not
   */
  public static void requireReadable(List<Path> inputs) {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new TildeException("no such file or directory: " + input);
      }
      if (!Files.isRegularFile(input) && !Files.isDirectory(input)) {
        throw new TildeException("not a file or directory: " + input + " is " + kindOf(input, true)
            + " (give - to read NDJSON from standard input)");
      }
      if (!Files.isReadable(input)) {
        throw new TildeException("cannot read " + input);
      }
    }
  }

  /**
   * What {@code path} is if it exists but is neither a file nor a directory, itself (a link is not followed): {@code
   * "a symbolic link"}, {@code "a FIFO"}, {@code "a socket"}, {@code "a device"}; {@code null} if it is a file, a
   * directory, or not there.
   *
   * @param path a path
   * @return what it is, or {@code null}
   */
  public static String notAFile(Path path) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      return attributes.isRegularFile() || attributes.isDirectory() ? null : kindOf(path, false);
    } catch (IOException | UnsupportedOperationException e) {
      return null; // gone, or cannot be told: treated as gone
    }
  }

  /** What kind of file {@code path} is, in words, when it is neither a regular file nor a directory. */
  private static String kindOf(Path path, boolean followLinks) {
    LinkOption[] links = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
    if (!followLinks && Files.isSymbolicLink(path)) {
      return "a symbolic link";
    }
    try {
      int type = (Integer) Files.getAttribute(path, "unix:mode", links) & TYPE_BITS;
      return switch (type) {
        case FIFO -> "a FIFO";
        case SOCKET -> "a socket";
        case CHARACTER_DEVICE, BLOCK_DEVICE -> "a device";
        default -> "a special file";
      };
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "a special file"; // a file system without Unix modes
    }
  }

  /**
   * Calls {@code files} with each file to index under {@code input}: the input itself if it is a file (whatever its
   * name: a file named explicitly is read as text unless its name says otherwise), else the files found below it.
   *
   * @param input a file or directory
   * @param followLinks follow symbolic links met below {@code input}; a directory already walked (a link loop) is
   *     not walked again. Without it, links are reported to {@code skippedLink} and left out. An input that is itself
   *     a link is always followed: the user named it.
   * @param files told about each file to index
   * @param unlistable told about each directory that could not be listed, and why; its files are left out
   * @param skippedLink told about each symbolic link left out
   */
  public static void walk(Path input, boolean followLinks, Consumer<Path> files, BiConsumer<Path, String> unlistable,
      Consumer<Path> skippedLink) {
    if (Files.isDirectory(input)) {
      new Walk(followLinks, files, unlistable, skippedLink).directory(input);
    } else {
      files.accept(input);
    }
  }

  /**
   * The format to read {@code file} with: by its name, plain text when the name says nothing Tilde knows.
   *
   * @param file the file
   * @return its format
   */
  public static Format formatOf(Path file) {
    Format format = Format.of(file);
    return format == null ? Format.TEXT : format;
  }

  /**
   * Whether {@code file}, met while walking a directory, is one Tilde indexes.
   *
   * @param file the file
   * @return whether its name says a format Tilde reads and it is not hidden
   */
  public static boolean isIndexable(Path file) {
    return Format.of(file) != null && !isHidden(file);
  }

  /** One walk of a tree: the options it was asked with, and the real directories it has entered. */
  private record Walk(boolean followLinks, Consumer<Path> files, BiConsumer<Path, String> unlistable,
      Consumer<Path> skippedLink, Set<Path> entered) {
    Walk(boolean followLinks, Consumer<Path> files, BiConsumer<Path, String> unlistable, Consumer<Path> skippedLink) {
      this(followLinks, files, unlistable, skippedLink, new HashSet<>());
    }

    void directory(Path dir) {
      List<Path> entries = new ArrayList<>();
      try {
        if (!entered.add(dir.toRealPath())) {
          return; // a link led back to a directory this walk has already entered
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
          stream.forEach(entries::add);
        }
      } catch (IOException | RuntimeException e) {
        unlistable.accept(dir, "cannot list directory: " + e.getMessage());
        return;
      }
      entries.sort(null);
      for (Path entry : entries) {
        if (isHidden(entry)) {
          continue;
        }
        if (Files.isSymbolicLink(entry) && !followLinks) {
          skippedLink.accept(entry);
        } else if (Files.isDirectory(entry)) {
          directory(entry);
        } else if (Files.isRegularFile(entry) && isIndexable(entry)) {
          files.accept(entry);
        }
      }
    }
  }

  private static boolean isHidden(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}

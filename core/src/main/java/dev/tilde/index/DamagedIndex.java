package dev.tilde.index;

import dev.tilde.DamagedIndexException;
import dev.tilde.TildeException;
import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.util.IOSupplier;
import org.apache.lucene.util.Version;

/**
 * An index that cannot be read, moved aside so that a rebuild can start afresh: its Lucene files go to a directory
 * next to it ({@code DIR.damaged-20260601T101500Z}), nothing is deleted, and a rebuild that fails moves them back.
 * Also tells the failures that mean an index is damaged from those that do not (a file that cannot be opened now).
 *
 * @param problem what is wrong with the index, a phrase that follows "index at DIR" ({@link
 *     DamagedIndexException#problem()})
 * @param movedTo the directory that now holds its files
 * @param directory the index's directory, where they were
 * @param files the names of the files moved
 */
public record DamagedIndex(String problem, Path movedTo, Path directory, List<String> files) {
  private static final int MAX_REASON_CHARS = 200;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
  private static final String CREATED_IN_FUTURE = "indexCreatedVersionMajor is in the future: ";
  private static final String UNKNOWN_CODEC = "Could not load codec '";
  private static final String UNKNOWN_SPI_CODEC = "An SPI class of type org.apache.lucene.codecs.Codec with name '";

  /** Keeps its own copy of {@code files}. */
  public DamagedIndex {
    files = List.copyOf(files);
  }

  /**
   * What {@code failure}, met opening the index at {@code path}, says about it: a {@link DamagedIndexException} if
   * the index is damaged or in a format this Lucene cannot read, else {@code null} (say, a permission denied: the
   * index may be fine).
   *
   * @param path the index's directory
   * @param failure what opening it threw
   * @return the exception to throw, or {@code null} if the failure says nothing about the index's files
   */
  public static DamagedIndexException diagnose(Path path, Exception failure) {
    return switch (failure) {
      case IndexFormatTooNewException e -> DamagedIndexException.unreadableFormat(path, "was written in format "
          + e.getVersion() + " of " + fileOf(e.getResourceDescription()) + ", newer than the Lucene "
          + Version.LATEST + " this Tilde runs can read (up to " + e.getMaxVersion() + ")", e);
      case IndexFormatTooOldException e -> DamagedIndexException.unreadableFormat(path, "was written by a Lucene"
          + " older than the Lucene " + Version.LATEST + " this Tilde runs can read ("
          + bounded(e.getReason() != null ? e.getReason() : "format " + e.getVersion()) + ")", e);
      case CorruptIndexException e -> e.getCause() instanceof NoSuchFileException
          || e.getCause() instanceof FileNotFoundException
          ? DamagedIndexException.damaged(path, "file " + fileOf(e.getResourceDescription()) + " is missing", e)
          : DamagedIndexException.damaged(path, fileOf(e.getResourceDescription()) + " fails Lucene's checks ("
              + bounded(e.getOriginalMessage()) + ")", e);
      case NoSuchFileException e -> DamagedIndexException.damaged(path, "file " + fileOf(e.getFile()) + " is missing",
          e);
      case FileNotFoundException e -> DamagedIndexException.damaged(path, "a file is missing: "
          + bounded(e.getMessage()), e);
      case EOFException e -> DamagedIndexException.damaged(path, "a file is cut short: " + bounded(e.getMessage()), e);
      case IllegalArgumentException e when message(e).startsWith(CREATED_IN_FUTURE) ->
          DamagedIndexException.unreadableFormat(path, "was created by Lucene "
              + bounded(message(e).substring(CREATED_IN_FUTURE.length())) + ", newer than the Lucene "
              + Version.LATEST + " this Tilde runs", e);
      case IllegalArgumentException e when quotedAfter(message(e), UNKNOWN_CODEC, UNKNOWN_SPI_CODEC) != null ->
          DamagedIndexException.unreadableFormat(path, "was written with the codec "
              + bounded(quotedAfter(message(e), UNKNOWN_CODEC, UNKNOWN_SPI_CODEC)) + ", which the Lucene "
              + Version.LATEST + " this Tilde runs does not have", e);
      default -> null;
    };
  }

  /**
   * Opens an index reader with {@code open}, turning a failure that means the index at {@code path} is damaged
   * into a {@link DamagedIndexException}.
   *
   * @param <T> what {@code open} returns
   * @param path the index's directory
   * @param open opens it
   * @return what {@code open} returned
   * @throws IOException if {@code open} failed for a reason that does not mean the index is damaged
   * @throws DamagedIndexException if the failure means it is
   */
  public static <T> T opening(Path path, IOSupplier<T> open) throws IOException {
    try {
      return open.get();
    } catch (IOException | IllegalArgumentException e) {
      DamagedIndexException damage = diagnose(path, e);
      if (damage != null) {
        throw damage;
      }
      throw e;
    }
  }

  /**
   * Moves the Lucene files of the damaged index in {@code directory} (at {@code path}) to a new directory beside
   * it, holding the index's write lock, and only if it is still damaged once the lock is held (an indexer that was
   * writing it a moment ago may have made it whole).
   *
   * @return what was moved where, or {@code null} if the index turned out readable
   * @throws TildeException if the files cannot be moved (they are then where they were)
   */
  static DamagedIndex moveAside(Path path, Directory directory, DamagedIndexException damage) throws IOException {
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      try {
        DirectoryReader.open(directory).close();
        return null;
      } catch (IOException | IllegalArgumentException stillDamaged) {
        // as diagnosed: move it
      }
      List<String> files = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
        for (Path entry : entries) {
          String name = entry.getFileName().toString();
          if (Files.isRegularFile(entry) && isLuceneFile(name)) {
            files.add(name);
          }
        }
      }
      Path aside = newSiblingOf(path.toAbsolutePath().normalize());
      DamagedIndex moved = new DamagedIndex(damage.problem(), aside, path, files);
      try {
        for (String file : files) {
          Files.move(path.resolve(file), aside.resolve(file));
        }
      } catch (IOException e) {
        lock.close();
        moved.moveBack(directory);
        throw new TildeException("cannot move the damaged index at " + path + " aside to " + aside + ": "
            + e.getMessage(), e);
      }
      return moved;
    }
  }

  /**
   * Puts the files back where they were, for a rebuild that did not complete, and removes the directory they were
   * moved to. It holds the index's write lock meanwhile, and puts back no file over one of the same name.
   *
   * @throws TildeException if some cannot be put back; they stay in {@link #movedTo()}, which the message names
   */
  void moveBack(Directory index) {
    try (Lock lock = index.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String file : files) {
        Path moved = movedTo.resolve(file);
        if (Files.exists(moved)) {
          Files.move(moved, directory.resolve(file));
        }
      }
      Files.delete(movedTo);
    } catch (IOException e) {
      throw new TildeException("cannot move the damaged index back from " + movedTo + " to " + directory + ": "
          + e.getMessage(), e);
    }
  }

  private static Path newSiblingOf(Path index) throws IOException {
    String base = index.getFileName() + ".damaged-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP);
    Path parent = index.getParent() == null ? index : index.getParent();
    for (int n = 1; ; n++) {
      try {
        return Files.createDirectory(parent.resolve(n == 1 ? base : base + "-" + n));
      } catch (FileAlreadyExistsException taken) {
        // two rebuilds in one second: take the next name
      }
    }
  }

  /** Files Lucene writes (commits, segment files); anything else in the directory is not the index's. */
  private static boolean isLuceneFile(String name) {
    return name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
        || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  /** The file name in a Lucene resource description ({@code ...(path="/a/b/_0.si")}), or the description. */
  private static String fileOf(String resource) {
    if (resource == null) {
      return "an index file";
    }
    String path = resource;
    int quoted = resource.indexOf("path=\"");
    if (quoted >= 0) {
      int end = resource.indexOf('"', quoted + 6);
      path = resource.substring(quoted + 6, end < 0 ? resource.length() : end);
    }
    int slash = path.lastIndexOf('/');
    return bounded(slash >= 0 ? path.substring(slash + 1) : path);
  }

  /** The quoted name after whichever of {@code prefixes} {@code message} starts with, or {@code null}. */
  private static String quotedAfter(String message, String... prefixes) {
    for (String prefix : prefixes) {
      if (message.startsWith(prefix)) {
        int end = message.indexOf('\'', prefix.length());
        return message.substring(prefix.length(), end < 0 ? message.length() : end);
      }
    }
    return null;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? "" : e.getMessage();
  }

  /** A reason on one line and at most {@link #MAX_REASON_CHARS} long, whatever Lucene put in its message. */
  private static String bounded(String text) {
    if (text == null) {
      return "unknown";
    }
    String line = text.substring(0, Math.min(text.length(), 2 * MAX_REASON_CHARS)).replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_REASON_CHARS ? line : line.substring(0, MAX_REASON_CHARS) + "…";
  }
}

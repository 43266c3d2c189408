package dev.tilde.indexer.source;

import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The documents of a job's inputs (files, directories, standard input), found in the order the walk meets them: the
 * one reading both a local index job and a cluster load use, so both get the same documents, failures and warnings.
 *
 * <p>The walk and NDJSON run on the calling thread; a file of one document is handed over unread ({@link
 * Sink#file}), so a caller may read it on another thread with {@link #readFile}.
 */
public final class InputSource {
  /** The input that means "NDJSON from standard input", as {@code -} does on the command line. */
  public static final Path STDIN = Path.of("-");
  /** How documents read from {@link #STDIN} are named in warnings and failures, and as their path. */
  public static final String STDIN_NAME = "<stdin>";

  /** Where the inputs' documents, files and failures go. */
  public interface Sink {
    /**
     * A text, Markdown or HTML file the walk found: one document, not read yet.
     *
     * @param file the file
     * @param format how to read it
     */
    void file(Path file, Format format);

    /**
     * A document read from an NDJSON line, {@code where} being {@code path:line}.
     *
     * @param doc the document
     * @param where the line it came from
     */
    void document(TildeDocument doc, String where);

    /**
     * {@code source} (a file, a directory, an NDJSON line) could not be read, for {@code reason}; {@code origin} is
     * the file or directory whose documents are then not to be deleted, or {@code null} (standard input).
     *
     * @param source what could not be read
     * @param reason why, one line
     * @param origin the file or directory it belongs to, or {@code null}
     */
    void failure(String source, String reason, Path origin);
  }

  private final boolean followLinks;
  private final NdjsonFields ndjsonFields;
  private final long maxDocumentBytes;
  private final InputStream stdin;
  private final Consumer<String> warnings;
  private final LongConsumer bytesRead;

  /**
   * A source reading with these settings.
   *
   * @param followLinks follow symbolic links met while walking directories; otherwise skip them with a warning
   * @param ndjsonFields which NDJSON fields make which part of a document
   * @param maxDocumentBytes documents longer than this are cut there, with a warning
   * @param stdin where {@link #STDIN} reads NDJSON from
   * @param warnings told about every recoverable problem, one line each
   * @param bytesRead told how many bytes of the inputs each read consumed
   */
  public InputSource(boolean followLinks, NdjsonFields ndjsonFields, long maxDocumentBytes, InputStream stdin,
      Consumer<String> warnings, LongConsumer bytesRead) {
    this.followLinks = followLinks;
    this.ndjsonFields = Objects.requireNonNull(ndjsonFields, "ndjsonFields");
    this.maxDocumentBytes = maxDocumentBytes;
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
    this.bytesRead = Objects.requireNonNull(bytesRead, "bytesRead");
  }

  /**
   * Whether {@code input} is {@link #STDIN}.
   *
   * @param input an input
   * @return whether it stands for standard input
   */
  public static boolean isStdin(Path input) {
    return input.equals(STDIN);
  }

  /**
   * The file inputs among {@code inputs}: all but {@link #STDIN}.
   *
   * @param inputs the inputs
   * @return those that are files or directories, in order
   */
  public static List<Path> files(List<Path> inputs) {
    return inputs.stream().filter(input -> !isStdin(input)).toList();
  }

  /**
   * Walks every input into {@code sink}, until the end or until {@code stop} says to stop (checked before each input
   * and each file; an NDJSON input read when it says so is read to its end without its documents).
   *
   * @param inputs files, directories, or {@link #STDIN}
   * @param sink told about each file, NDJSON document and failure
   * @param stop says when to stop
   */
  public void read(List<Path> inputs, Sink sink, BooleanSupplier stop) {
    for (Path input : inputs) {
      if (stop.getAsBoolean()) {
        return;
      }
      if (isStdin(input)) {
        stdin(sink, stop);
      } else {
        SourceFiles.walk(input, followLinks, file -> {
          if (!stop.getAsBoolean()) {
            file(file, sink, stop);
          }
        }, (dir, reason) -> sink.failure(dir.toString(), reason, dir),
            link -> warnings.accept(link + ": skipped symbolic link (use --follow-links to follow it)"));
      }
    }
  }

  /**
   * Reads the document of {@code file}, a file {@link Sink#file} was given, counting its bytes; or reports why it
   * cannot be read to {@code sink} and returns {@code null}. Safe to call from any thread.
   *
   * @param file the file
   * @param format how to read it
   * @param sink told why, if it cannot be read
   * @return the document, or {@code null}
   */
  public TildeDocument readFile(Path file, Format format, Sink sink) {
    try {
      return FileDocumentReader.read(file, format, maxDocumentBytes, warnings);
    } catch (UnreadableSourceException e) {
      sink.failure(file.toString(), e.getMessage(), absolute(file));
      return null;
    } catch (RuntimeException e) {
      // A bug or pathological input in one file's extraction must not cost the job.
      sink.failure(file.toString(), "cannot extract text: " + e, absolute(file));
      return null;
    } finally {
      try {
        bytesRead.accept(Files.size(file));
      } catch (IOException gone) {
        // vanished: reported as a failure above
      }
    }
  }

  /**
   * The absolute, normalized form of {@code file}: what a file's documents carry as their path.
   *
   * @param file a path
   * @return its absolute, normalized form
   */
  public static Path absolute(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private void file(Path file, Sink sink, BooleanSupplier stop) {
    Format format = SourceFiles.formatOf(file);
    if (format == Format.NDJSON) {
      try {
        NdjsonReader.read(file, ndjsonFields, maxDocumentBytes, handler(absolute(file), sink, stop), bytesRead);
      } catch (UnreadableSourceException e) {
        sink.failure(file.toString(), e.getMessage(), absolute(file));
      }
    } else {
      sink.file(file, format);
    }
  }

  private void stdin(Sink sink, BooleanSupplier stop) {
    try {
      NdjsonReader.read(stdin, STDIN_NAME, ndjsonFields, maxDocumentBytes, handler(null, sink, stop), bytesRead);
    } catch (UnreadableSourceException e) {
      sink.failure(STDIN_NAME, e.getMessage(), null);
    }
  }

  private NdjsonReader.Handler handler(Path origin, Sink sink, BooleanSupplier stop) {
    String where = origin == null ? STDIN_NAME : origin.toString();
    return new NdjsonReader.Handler() {
      @Override
      public void document(long line, TildeDocument doc) {
        if (!stop.getAsBoolean()) {
          sink.document(doc, where + ":" + line);
        }
      }

      @Override
      public void failure(long line, String reason) {
        sink.failure(where + ":" + line, reason, origin);
      }

      @Override
      public void warning(long line, String message) {
        warnings.accept(where + ":" + line + ": " + message);
      }
    };
  }
}

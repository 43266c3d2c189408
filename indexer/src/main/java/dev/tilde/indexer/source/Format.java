package dev.tilde.indexer.source;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of input Tilde reads, told apart by file name; any of them may also be gzip-compressed ({@code .gz}). */
public enum Format {
  /** Plain text ({@code .txt}): a news page's text, its headline found among the first lines. */
  TEXT,
  /** Markdown ({@code .md}, {@code .markdown}): title from front matter or the first heading, markup removed. */
  MARKDOWN,
  /** HTML ({@code .html}, {@code .htm}): the {@code <title>}, and the page text without scripts, styles, navigation. */
  HTML,
  /** NDJSON / JSON Lines ({@code .jsonl}, {@code .ndjson}): one document per line. */
  NDJSON;

  private static final String GZIP_SUFFIX = ".gz";

  /**
   * The format of {@code file} by its name, or {@code null} if Tilde does not read such files.
   *
   * @param file the file
   * @return its format, or {@code null}
   */
  public static Format of(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(GZIP_SUFFIX)) {
      name = name.substring(0, name.length() - GZIP_SUFFIX.length());
    }
    int dot = name.lastIndexOf('.');
    return switch (dot < 0 ? "" : name.substring(dot + 1)) {
      case "txt" -> TEXT;
      case "md", "markdown" -> MARKDOWN;
      case "html", "htm" -> HTML;
      case "jsonl", "ndjson" -> NDJSON;
      default -> null;
    };
  }

  /** Whether {@code file} is gzip-compressed, by its name. */
  static boolean isGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(GZIP_SUFFIX);
  }
}

package dev.tilde.indexer.source;

import dev.tilde.indexer.article.Article;
import dev.tilde.indexer.article.NewsText;
import dev.tilde.schema.IdNamespace;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads one text, Markdown or HTML file (gzip-compressed or not) into a document whose id and path are the file's
 * absolute path, in the {@link IdNamespace#FILE} namespace.
 */
public final class FileDocumentReader {
  private FileDocumentReader() {}

  /**
   * Reads {@code file} as {@code format}.
   *
   * @param file the file
   * @param format how to read it
   * @param maxBytes a document longer than this is cut there, with a warning
   * @param warnings told about recoverable problems: bytes that are not UTF-8, a document cut at the cap
   * @return the file's document, its id and path the file's absolute path
   * @throws UnreadableSourceException if the file cannot become a document (binary, empty, gone, unreadable)
   */
  public static TildeDocument read(Path file, Format format, long maxBytes, Consumer<String> warnings) {
    if (format == Format.NDJSON) {
      throw new IllegalArgumentException("NDJSON holds many documents: read it with NdjsonReader");
    }
    byte[] bytes;
    boolean truncated;
    try (InputStream in = InputBytes.open(file)) {
      bytes = in.readNBytes((int) Math.min(maxBytes, Integer.MAX_VALUE - 8));
      truncated = in.read() != -1;
    } catch (IOException e) {
      throw new UnreadableSourceException(InputBytes.reason(e), e);
    }
    if (InputBytes.looksBinary(bytes, bytes.length)) {
      throw new UnreadableSourceException("binary file, not text");
    }
    int length = bytes.length;
    if (truncated) {
      length = InputBytes.withoutCutSequence(bytes, length);
      warnings.accept(file + ": longer than " + InputBytes.size(maxBytes) + "; only the first "
          + InputBytes.size(maxBytes) + " indexed");
    }
    String text = InputBytes.decode(bytes, length,
        () -> warnings.accept(file + ": not valid UTF-8; undecodable bytes replaced with U+FFFD"));
    if (text.isBlank()) {
      throw new UnreadableSourceException("empty file");
    }
    Article article = switch (format) {
      case HTML -> HtmlPage.extract(text);
      case MARKDOWN -> MarkdownText.extract(text);
      default -> NewsText.extract(text);
    };
    if (article.title().isBlank() && article.body().isBlank()) {
      throw new UnreadableSourceException("no text in it");
    }
    String id = file.toAbsolutePath().normalize().toString();
    return new TildeDocument(id, id, article.title(), article.body(), article.date(), article.source(), null,
        Map.of(), IdNamespace.FILE);
  }
}

package dev.tilde.indexer.source;

import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a plain-text article into a document: its first non-blank line is the title, the whole text the body. */
public final class TextFileReader {
  /** How far into a file to look for NUL bytes, which plain text never has and binary files nearly always do. */
  private static final int BINARY_SNIFF_BYTES = 8192;

  private TextFileReader() {}

  /**
   * Reads {@code file}.
   *
   * @param warnings told about recoverable problems, such as bytes that are not UTF-8
   * @throws UnreadableSourceException if the file cannot become a document (binary, empty, unreadable)
   */
  public static TildeDocument read(Path file, java.util.function.Consumer<String> warnings) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UnreadableSourceException("cannot read: " + e.getMessage());
    }
    if (looksBinary(bytes)) {
      throw new UnreadableSourceException("binary file, not text");
    }
    String text = decode(bytes, file, warnings);
    if (text.isBlank()) {
      throw new UnreadableSourceException("empty file");
    }
    String id = file.toAbsolutePath().normalize().toString();
    return new TildeDocument(id, id, title(text), text);
  }

  /** The first non-blank line, trimmed. */
  static String title(String text) {
    return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Decodes UTF-8, replacing malformed bytes with U+FFFD and saying so, rather than losing the document. */
  private static String decode(byte[] bytes, Path file, java.util.function.Consumer<String> warnings) {
    int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0; // a UTF-8 byte-order mark is not text
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return strictDecoder().decode(in).toString();
    } catch (CharacterCodingException e) {
      warnings.accept(file + ": not valid UTF-8; undecodable bytes replaced with U+FFFD");
      in.position(skip);
      CharBuffer chars = StandardCharsets.UTF_8.decode(in);
      return chars.toString();
    }
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}

package dev.tilde.indexer.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The byte-level side of reading inputs, shared by every format: opening (and un-gzipping) files, capping what is
 * read, telling binary files from text, decoding UTF-8 without losing a document to a bad byte, and turning I/O
 * failures into reasons a person understands.
 */
final class InputBytes {
  /** How far into an input to look for NUL bytes, which text never has and binary files nearly always do. */
  static final int BINARY_SNIFF_BYTES = 8192;
  private static final int BUFFER_BYTES = 64 * 1024;

  private InputBytes() {}

  /** Opens {@code file} for reading, decompressing it if its name ends in {@code .gz}. */
  static InputStream open(Path file) throws IOException {
    return open(file, bytes -> { });
  }

  /**
   * Opens {@code file} for reading, decompressing it if its name ends in {@code .gz}, and tells {@code bytesRead} how
   * many bytes of the file (as stored, before decompression) each read consumed.
   *
   * @throws UnreadableSourceException if it is no longer a regular file (a FIFO, a device)
   */
  static InputStream open(Path file, LongConsumer bytesRead) throws IOException {
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // Opening a FIFO blocks until something writes to it: the walk left such files out, but one may have
      // replaced a file since.
      throw new UnreadableSourceException("not a file any more");
    }
    InputStream in = counting(Files.newInputStream(file), bytesRead);
    try {
      return Format.isGzip(file) ? new GZIPInputStream(in, BUFFER_BYTES) : new BufferedInputStream(in, BUFFER_BYTES);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** {@code in}, telling {@code bytesRead} how many bytes each read consumed. */
  static InputStream counting(InputStream in, LongConsumer bytesRead) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead.accept(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytesRead.accept(n);
        }
        return n;
      }

      @Override
      public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        bytesRead.accept(skipped);
        return skipped;
      }
    };
  }

  /** Whether the first bytes hold a NUL, the mark of a binary file. */
  static boolean looksBinary(byte[] bytes, int length) {
    int n = Math.min(length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes UTF-8, skipping a byte-order mark; malformed bytes become U+FFFD rather than costing the document, and
   * {@code onInvalid} runs once if there were any.
   */
  static String decode(byte[] bytes, int length, Runnable onInvalid) {
    int skip = length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, skip, length - skip);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException e) {
      onInvalid.run();
      return new String(bytes, skip, length - skip, StandardCharsets.UTF_8);
    }
  }

  /**
   * The length of {@code bytes[0..length)} without a UTF-8 sequence cut off at the end, so text truncated at a cap
   * does not end in a spurious invalid byte.
   */
  static int withoutCutSequence(byte[] bytes, int length) {
    int start = length - 1;
    // Walk back over at most three continuation bytes (10xxxxxx) to the lead byte of the last sequence.
    while (start >= 0 && length - start <= 3 && (bytes[start] & 0xC0) == 0x80) {
      start--;
    }
    if (start < 0) {
      return length;
    }
    int lead = bytes[start] & 0xFF;
    int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return length - start < needed ? start : length;
  }

  /** {@code bytes} as people write a size limit: "10 MB", "64 KB", "1000 bytes". */
  static String size(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KB";
    }
    return bytes + " bytes";
  }

  /** A reason a person can act on for an I/O failure while reading an input. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "vanished before it could be read";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof ZipException) {
      return "not valid gzip: " + e.getMessage();
    }
    if (e instanceof EOFException) {
      return "cut short: " + (e.getMessage() == null ? "unexpected end of file" : e.getMessage());
    }
    return "cannot read: " + e.getMessage();
  }
}

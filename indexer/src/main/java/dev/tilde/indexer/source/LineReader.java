package dev.tilde.indexer.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without ever holding more than a cap: the part of a
 * longer line beyond it is skipped, and the line is marked as too long. Bytes are left undecoded so that the caller
 * decides what to do with invalid UTF-8.
 */
final class LineReader {
  private static final int CHUNK = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] chunk = new byte[CHUNK];
  private int chunkPos;
  private int chunkEnd;
  private byte[] line = new byte[256];
  private int lineLength;
  private long number;

  LineReader(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Lines read so far. */
  long lineCount() {
    return number;
  }

  /**
   * One line as read: its first bytes (at most the cap; the array is reused by the next call), and its full length.
   */
  record Line(long number, byte[] bytes, int length, long fullLength) {
    boolean tooLong() {
      return fullLength > length;
    }
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    lineLength = 0;
    long fullLength = 0;
    boolean sawAnything = false;
    while (true) {
      if (chunkPos == chunkEnd) {
        chunkEnd = in.read(chunk, 0, CHUNK);
        chunkPos = 0;
        if (chunkEnd <= 0) {
          chunkEnd = 0;
          return sawAnything ? finish(fullLength) : null;
        }
      }
      sawAnything = true;
      int newline = -1;
      for (int i = chunkPos; i < chunkEnd; i++) {
        if (chunk[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? chunkEnd : newline;
      append(chunkPos, end - chunkPos);
      fullLength += end - chunkPos;
      chunkPos = newline < 0 ? chunkEnd : newline + 1;
      if (newline >= 0) {
        return finish(fullLength);
      }
    }
  }

  private Line finish(long fullLength) {
    number++;
    int length = lineLength;
    if (fullLength == length && length > 0 && line[length - 1] == '\r') {
      length--;
      fullLength--;
    }
    return new Line(number, line, length, fullLength);
  }

  private void append(int from, int count) {
    int room = maxLineBytes - lineLength;
    int take = Math.min(room, count);
    if (take <= 0) {
      return;
    }
    if (lineLength + take > line.length) {
      line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(line.length * 2, lineLength + take)));
    }
    System.arraycopy(chunk, from, line, lineLength, take);
    lineLength += take;
  }
}

package dev.tilde;

import java.nio.file.Path;

/**
 * Thrown when the index in a directory cannot be read at all: its files are damaged (cut short, bytes changed, one
 * missing), or it was written by a Lucene this Tilde cannot read. {@code tilde index --full} moves its files aside
 * and rebuilds it; nothing else touches them.
 */
public final class DamagedIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  private final String reason;

  private DamagedIndexException(String message, String reason, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** The index's files are damaged: {@code reason} says how (which file, what Lucene found). */
  public static DamagedIndexException damaged(Path directory, String reason, Throwable cause) {
    return new DamagedIndexException("index at " + directory + " is damaged: " + reason + ": " + rebuild(directory),
        reason, cause);
  }

  /** The index was written in a format this Tilde's Lucene cannot read: {@code versions} names both sides. */
  public static DamagedIndexException unreadableFormat(Path directory, String versions, Throwable cause) {
    return new DamagedIndexException("index at " + directory + " " + versions + ": use a Tilde that reads it, or "
        + rebuild(directory), versions, cause);
  }

  /** What is wrong with the index, without the advice. */
  public String reason() {
    return reason;
  }

  private static String rebuild(Path directory) {
    return "rebuild it with 'tilde index --full --index " + directory + " PATH...' (its files are moved aside)";
  }
}

package dev.tilde;

import java.nio.file.Path;

/**
 * Thrown when the index in a directory cannot be read at all: its files are damaged (cut short, bytes changed, one
 * missing), or it was written by a Lucene this Tilde cannot read. {@code tilde index --full} moves its files aside
 * and rebuilds it; nothing else touches them.
 */
public final class DamagedIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  private final String problem;

  private DamagedIndexException(Path directory, String problem, String advice, Throwable cause) {
    super("index at " + directory + " " + problem + ": " + advice + "rebuild it with 'tilde index --full --index "
        + directory + " PATH...' (its files are moved aside)", cause);
    this.problem = problem;
  }

  /** The index's files are damaged: {@code how} says how (which file, what Lucene found). */
  public static DamagedIndexException damaged(Path directory, String how, Throwable cause) {
    return new DamagedIndexException(directory, "is damaged: " + how, "", cause);
  }

  /**
   * The index was written in a format this Tilde's Lucene cannot read: {@code versions} names both sides, as a
   * phrase that follows "index at DIR" ({@code "was created by Lucene 11, newer than ..."}).
   */
  public static DamagedIndexException unreadableFormat(Path directory, String versions, Throwable cause) {
    return new DamagedIndexException(directory, versions, "use a Tilde that reads it, or ", cause);
  }

  /** What is wrong with the index, without the advice: a phrase that follows "index at DIR" ("is damaged: ..."). */
  public String problem() {
    return problem;
  }

}

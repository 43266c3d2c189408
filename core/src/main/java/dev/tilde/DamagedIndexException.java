package dev.tilde;

import java.nio.file.Path;

/**
 * Thrown when the index in a directory cannot be read at all: its files are damaged (cut short, bytes changed, one
 * missing), or it was written by a Lucene this Tilde cannot read. {@code tilde index --full} moves its files aside
 * and rebuilds it; nothing else touches them.
 */
public final class DamagedIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  /** What is wrong, as {@link #problem()} returns it. */
  private final String problem;

  private DamagedIndexException(Path directory, String problem, String advice, Throwable cause) {
    super("index at " + directory + " " + problem + ": " + advice + "rebuild it with 'tilde index --full --index "
        + directory + " PATH...' (its files are moved aside)", cause);
    this.problem = problem;
  }

  /**
   * The index's files are damaged: {@code how} says how (which file, what Lucene found).
   *
   * @param directory the index's directory
   * @param how what is damaged, as a phrase ({@code "segments_3 is cut short"})
   * @param cause what Lucene threw on reading it
   * @return the exception, to throw
   */
  public static DamagedIndexException damaged(Path directory, String how, Throwable cause) {
    return new DamagedIndexException(directory, "is damaged: " + how, "", cause);
  }

  /**
   * The index was written in a format this Tilde's Lucene cannot read: {@code versions} names both sides, as a
   * phrase that follows "index at DIR" ({@code "was created by Lucene 11, newer than ..."}).
   *
   * @param directory the index's directory
   * @param versions the format the index is in and the one this Tilde reads, as that phrase
   * @param cause what Lucene threw on reading it
   * @return the exception, to throw
   */
  public static DamagedIndexException unreadableFormat(Path directory, String versions, Throwable cause) {
    return new DamagedIndexException(directory, versions, "use a Tilde that reads it, or ", cause);
  }

  /**
   * {@return what is wrong with the index, without the advice} It is a phrase that follows "index at DIR" ("is
   * damaged: ...").
   */
  public String problem() {
    return problem;
  }

}

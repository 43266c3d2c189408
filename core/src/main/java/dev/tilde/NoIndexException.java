package dev.tilde;

import java.nio.file.Path;

/** Thrown when a directory that should hold a Tilde index holds none. */
public final class NoIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  /**
   * Says that {@code directory} holds no index.
   *
   * @param directory the directory that was expected to hold one
   */
  public NoIndexException(Path directory) {
    super("no index at " + directory);
    this.directory = directory;
  }

  /** {@return the directory that was expected to hold an index} */
  public Path directory() {
    return directory;
  }
}

package dev.tilde;

import java.nio.file.Path;

/** Thrown when a directory that should hold a Tilde index holds none. */
public final class NoIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  private final transient Path directory;

  public NoIndexException(Path directory) {
    super("no index at " + directory);
    this.directory = directory;
  }

  /** The directory that was expected to hold an index. */
  public Path directory() {
    return directory;
  }
}

package dev.tilde;

/**
 * An error a user can act on, carrying a one-line message meant to be shown as it is (no stack trace needed).
 */
public class TildeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with the one line to show.
   *
   * @param message the line, readable as it is
   */
  public TildeException(String message) {
    super(message);
  }

  /**
   * An error with the one line to show, caused by {@code cause} (kept for logs and debugging, not for the user).
   *
   * @param message the line, readable as it is
   * @param cause the exception that led to it
   */
  public TildeException(String message, Throwable cause) {
    super(message, cause);
  }
}

package dev.tilde;

/**
 * An error a user can act on, carrying a one-line message meant to be shown as it is (no stack trace needed).
 */
public class TildeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TildeException(String message) {
    super(message);
  }

  public TildeException(String message, Throwable cause) {
    super(message, cause);
  }
}

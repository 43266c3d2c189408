package dev.tilde.indexer.source;

/** Thrown when one input cannot become a document; the job reports it and goes on with the others. */
public final class UnreadableSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Says why an input cannot become a document.
   *
   * @param reason why, one line
   */
  public UnreadableSourceException(String reason) {
    super(reason);
  }

  /**
   * Says why an input cannot become a document, and what failed.
   *
   * @param reason why, one line
   * @param cause the exception that led to it
   */
  public UnreadableSourceException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

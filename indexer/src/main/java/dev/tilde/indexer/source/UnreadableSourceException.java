package dev.tilde.indexer.source;

/** Thrown when one input cannot become a document; the job reports it and goes on with the others. */
public final class UnreadableSourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableSourceException(String reason) {
    super(reason);
  }

  public UnreadableSourceException(String reason, Throwable cause) {
    super(reason, cause);
  }
}

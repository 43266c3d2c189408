package dev.tilde;

import java.nio.file.Path;

/**
 * Thrown when an index was built with another analysis configuration than this Tilde's: searching or updating it
 * would give silently wrong results, so it has to be rebuilt.
 */
public final class IncompatibleIndexException extends TildeException {
  private static final long serialVersionUID = 1L;

  /**
   * Says that the index in {@code directory} was built with {@code indexAnalysis} where this Tilde uses
   * {@code currentAnalysis}.
   *
   * @param directory the index's directory
   * @param indexAnalysis the analysis version the index recorded, or {@code null} if it recorded none
   * @param currentAnalysis the analysis version this Tilde searches and writes with
   */
  public IncompatibleIndexException(Path directory, String indexAnalysis, String currentAnalysis) {
    super("index at " + directory + " was built "
        + (indexAnalysis == null ? "by an older Tilde that did not record its analysis"
            : "with analysis version " + indexAnalysis + ", but this Tilde uses " + currentAnalysis)
        + ": rebuild it with 'tilde index --full --index " + directory + " PATH...'");
  }
}

package dev.tilde.indexer;

import dev.tilde.indexer.source.InputSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The failures of a job, counted exactly but kept and reported only {@value #SHOWN_PER_INPUT} per input, so that a
 * file of millions of bad lines costs a counter, not millions of objects and warning lines: the heap stays flat and
 * stderr short. What is left out is said in one line per input at {@link #finish()}. Safe for concurrent use.
 */
public final class FailureLog {
  /** How many failures of one input are kept and reported; the rest are only counted. */
  public static final int SHOWN_PER_INPUT = 20;

  private final Consumer<String> warnings;
  private final List<IndexSummary.Failure> shown = new ArrayList<>();
  /** Failures per input, in the order inputs first failed; an entry per failing input, not per failure. */
  private final Map<String, long[]> perInput = new LinkedHashMap<>();
  private long count;

  /**
   * A log that reports each failure it keeps, and each input's omitted ones, to {@code warnings}.
   *
   * @param warnings told each line to report
   */
  public FailureLog(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /**
   * The input a failure of {@code source} counts against: its file or directory ({@code origin}, when known), standard
   * input for all of its lines, else the source itself.
   *
   * @param source what failed: a file, a directory, or {@code path:line}
   * @param origin the file or directory it belongs to, or {@code null} when not known
   * @return the input whose cap the failure counts against
   */
  public static String inputOf(String source, Path origin) {
    if (origin != null) {
      return origin.toString();
    }
    return source.startsWith(InputSource.STDIN_NAME) ? InputSource.STDIN_NAME : source;
  }

  /**
   * Counts a failure of {@code input} (a file, a directory, or standard input: whatever its failures share a cap
   * for); if it is among the input's first {@value #SHOWN_PER_INPUT}, keeps {@code failure} and reports {@code
   * message}.
   *
   * @param input the input the failure counts against ({@link #inputOf})
   * @param failure the failure, to keep
   * @param message the line to report
   */
  public void add(String input, IndexSummary.Failure failure, String message) {
    synchronized (this) {
      count++;
      if (++perInput.computeIfAbsent(input, any -> new long[1])[0] > SHOWN_PER_INPUT) {
        return;
      }
      shown.add(failure);
    }
    warnings.accept(message); // outside the lock: the sink may block on a slow terminal
  }

  /** {@return how many failures were counted, kept or not} */
  public synchronized long count() {
    return count;
  }

  /** {@return the failures kept: the first {@value #SHOWN_PER_INPUT} of each input, in the order they came} */
  public synchronized List<IndexSummary.Failure> shown() {
    return List.copyOf(shown);
  }

  /** Reports, in one line per input, how many of its failures were counted but not shown; call once, at the end. */
  public void finish() {
    List<String> lines = new ArrayList<>();
    synchronized (this) {
      perInput.forEach((input, failed) -> {
        if (failed[0] > SHOWN_PER_INPUT) {
          lines.add(input + ": … and " + (failed[0] - SHOWN_PER_INPUT) + " more failure(s) not shown ("
              + failed[0] + " in all)");
        }
      });
    }
    lines.forEach(warnings);
  }
}

package dev.tilde.cli.output;

import dev.tilde.indexer.IndexProgress;
import java.time.Duration;
import java.util.Locale;

/**
 * Writes an index job's warnings to stderr, and, on a terminal, a progress line below them that redraws in place:
 * a bar, documents, MB/s and the time left, or "committing…" once the input is all read. Safe to call from the job's threads. Both go through a {@link
 * MessageWriter}, so a warning quoting a hostile file name or NDJSON field is one inert line.
 */
public final class ProgressReporter {
  private static final int BAR_WIDTH = 24;

  private final MessageWriter err;
  private final boolean terminal;
  private boolean drawn;

  /** @param terminal whether stderr is a terminal; otherwise no progress line is drawn */
  public ProgressReporter(MessageWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  public boolean showsProgress() {
    return terminal;
  }

  /** Prints one warning line, moving the progress line below it. */
  public synchronized void warning(String message) {
    clear();
    err.println("tilde: " + message);
    err.flush();
  }

  public synchronized void progress(IndexProgress progress) {
    if (!terminal) {
      return;
    }
    err.redraw(line(progress));
    drawn = true;
  }

  /** Removes the progress line, before the job's last words. */
  public synchronized void clear() {
    if (drawn) {
      err.clearLine();
      drawn = false;
    }
  }

  static String line(IndexProgress progress) {
    StringBuilder line = new StringBuilder();
    double fraction = progress.fraction();
    if (fraction >= 0) {
      int filled = (int) Math.round(fraction * BAR_WIDTH);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ")
          .append(String.format(Locale.ROOT, "%3.0f%% ", fraction * 100));
    }
    line.append(String.format(Locale.ROOT, "%,d docs  %s/s", progress.documents(),
        ByteSize.format(progress.bytesPerSecond())));
    Duration eta = progress.eta();
    if (progress.committing()) {
      line.append("  committing…"); // the final commit has no fraction of its own: say what the wait is for
    } else if (eta != null) {
      line.append(String.format(Locale.ROOT, "  ETA %d:%02d:%02d", eta.toHours(), eta.toMinutesPart(),
          eta.toSecondsPart()));
    }
    return line.toString();
  }
}

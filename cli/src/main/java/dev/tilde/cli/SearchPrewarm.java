package dev.tilde.cli;

import dev.tilde.analysis.TildeAnalysis;
import org.apache.lucene.codecs.Codec;

/**
 * Sets up, on a second thread, what a local {@code tilde search} needs once its command line is read: Tilde's standard
 * analysis (five analysis chains and the alias table) and Lucene's codecs.
 *
 * <p>A search from the shell spends its first tens of milliseconds in picocli, reading the command line on one thread
 * while the machine's other cores idle. Everything done here is one-time class initialisation that the search does
 * anyway, in the same order, so it only moves earlier: the JVM makes the search's own thread wait for whatever this
 * thread is still initialising, and nothing is done twice. A search that turns out not to need it (one with
 * {@code --aliases}, {@code --from}, or a usage error) merely wasted a little time on another core.
 */
final class SearchPrewarm {
  private SearchPrewarm() {}

  /** Starts the set-up when {@code args} run {@code tilde search}, and says whether it did; returns at once. */
  static boolean startFor(String[] args) {
    if (args.length == 0 || !"search".equals(args[0])) {
      return false;
    }
    Thread thread = new Thread(SearchPrewarm::run, "tilde-search-prewarm");
    thread.setDaemon(true); // never holds up the exit
    thread.start();
    return true;
  }

  private static void run() {
    try {
      TildeAnalysis.standard();
      Codec.getDefault(); // loads the codecs and their postings, doc values and vectors formats
    } catch (RuntimeException | LinkageError e) {
      // The search does the same on its own thread and reports what goes wrong there.
    }
  }
}

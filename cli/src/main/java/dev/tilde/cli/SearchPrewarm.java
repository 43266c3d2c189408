package dev.tilde.cli;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.bkd.BKDConfig;

/**
 * Sets up, on a second thread, what a local {@code tilde search} needs once its command line is read: Tilde's standard
 * analysis (five analysis chains and the alias table), Lucene's codecs, and the one-time set-up Lucene does on the way
 * through a search (linking its records' {@code equals} and {@code hashCode}, which is done at run time; the
 * searcher's slicing; the JDK's sentence rules the highlighter cuts passages with).
 *
 * <p>A search from the shell spends its first tens of milliseconds reading the command line and opening the index on
 * one thread ({@link dev.tilde.TildeIndex#openForOneSearch(java.nio.file.Path)} takes the analysis last) while the
 * machine's other cores idle. Everything done here is one-time initialisation that the search does anyway, so it only
 * moves earlier: the JVM makes the search's own thread wait for a class this thread is still initialising (a call site
 * both reach at once may be linked twice, one link kept). A search that turns out not to need it (one with {@code
 * --aliases}, {@code --from}, or a usage error) merely wasted a little time on another core.
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
      // In the order a search meets them: opening the date field's points, making a searcher, building the query.
      BKDConfig.of(1, 1, Long.BYTES, BKDConfig.DEFAULT_MAX_POINTS_IN_LEAF_NODE);
      new IndexSearcher(new MultiReader());
      new CombinedFieldQuery.Builder("x").addField(Schema.TITLE, 2f).addField(Schema.BODY).build().hashCode();
      BreakIterator.getSentenceInstance(Locale.ROOT);
    } catch (IOException | RuntimeException | LinkageError e) {
      // The search does the same on its own thread and reports what goes wrong there.
    }
  }
}

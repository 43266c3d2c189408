package dev.tilde.cli.output;

import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints search results for people: rank, score, title, path and snippets, matches emphasised. */
public final class TerminalResultsWriter {
  private static final String BOLD = "\u001b[1m";
  private static final String YELLOW_BOLD = "\u001b[1;33m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final boolean color;

  /** @param color whether to use ANSI colour; only when writing to a terminal */
  public TerminalResultsWriter(boolean color) {
    this.color = color;
  }

  public void write(SearchResults results, PrintWriter out) {
    write(results, Map.of(), out);
  }

  /** Writes {@code results}, each hit followed by its score explanation when {@code explanations} has one. */
  public void write(SearchResults results, Map<String, String> explanations, PrintWriter out) {
    if (results.hits().isEmpty()) {
      out.printf("No hits for \"%s\".%n", results.query());
      return;
    }
    out.printf("%d hit(s) for \"%s\"; showing %d.%n", results.total(), results.query(), results.hits().size());
    int rank = 0;
    for (Hit hit : results.hits()) {
      rank++;
      out.println();
      out.printf(Locale.ROOT, "%2d. %s  %s%n", rank, styled(BOLD, hit.title()), styled(DIM, scoreLabel(hit.score())));
      out.println("    " + styled(DIM, hit.path()));
      for (Snippet snippet : hit.snippets()) {
        out.println("    … " + (color ? snippet.marked(YELLOW_BOLD, RESET) : snippet.marked("**", "**")) + " …");
      }
      String explanation = explanations.get(hit.id());
      if (explanation != null) {
        explanation.lines().forEach(line -> out.println("    " + styled(DIM, line)));
      }
    }
  }

  private static String scoreLabel(float score) {
    return String.format(Locale.ROOT, "score %.3f", score);
  }

  private String styled(String style, String text) {
    return color ? style + text + RESET : text;
  }
}

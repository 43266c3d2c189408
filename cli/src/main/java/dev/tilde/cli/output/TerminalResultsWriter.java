package dev.tilde.cli.output;

import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints search results for people: a summary line, a "did you mean" when there is one, then each hit's rank,
 * title, score, date, language, path and best passages, matches emphasised (ANSI colour, or {@code **} without).
 * Text from documents never reaches the terminal raw: control characters are replaced (see {@link TerminalText}),
 * and the query is quoted with at most its first 80 characters.
 */
public final class TerminalResultsWriter {
  private static final String BOLD = "\u001b[1m";
  private static final String YELLOW_BOLD = "\u001b[1;33m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  private final boolean color;
  private final boolean why;

  /** @param color whether to use ANSI colour; only when writing to a terminal or asked to */
  public TerminalResultsWriter(boolean color) {
    this(color, false);
  }

  /**
   * @param color whether to use ANSI colour; only when writing to a terminal or asked to
   * @param why whether to print, under each hit's details, one line of how the query's words matched it
   */
  public TerminalResultsWriter(boolean color, boolean why) {
    this.color = color;
    this.why = why;
  }

  public void write(SearchResults results, PrintWriter out) {
    write(results, Map.of(), out);
  }

  /** Writes {@code results}, each hit followed by its score explanation when {@code explanations} has one. */
  public void write(SearchResults results, Map<String, String> explanations, PrintWriter out) {
    out.println(TerminalText.safe(summary(results)));
    if (results.suggestion() != null) {
      out.println("Did you mean \"" + styled(BOLD, TerminalText.safe(results.suggestion())) + "\"?");
    }
    int rank = results.offset();
    for (Hit hit : results.hits()) {
      rank++;
      out.println();
      out.printf(Locale.ROOT, "%2d. %s  %s%n", rank, styled(BOLD, TerminalText.safe(hit.title())),
          styled(DIM, scoreLabel(hit.score())));
      out.println("    " + styled(DIM, TerminalText.safe(details(hit))));
      if (why && !hit.matches().isEmpty()) {
        out.println("    " + styled(DIM, TerminalText.safe(WhyLine.of(hit.matches()))));
      }
      for (Snippet snippet : hit.snippets()) {
        Snippet shown = new Snippet(TerminalText.safe(snippet.text()), snippet.matches());
        out.println("    " + (color ? shown.marked(YELLOW_BOLD, RESET) : shown.marked("**", "**")));
      }
      String explanation = explanations.get(hit.id());
      if (explanation != null) {
        explanation.lines().forEach(line -> out.println("    " + styled(DIM, line)));
      }
    }
  }

  private static String summary(SearchResults results) {
    String took = " (" + results.tookMillis() + " ms" + (results.timedOut() ? ", stopped at the time limit" : "") + ")";
    if (results.total() == 0) {
      return "No hits for \"" + TerminalText.echo(results.query()) + "\"" + took + ".";
    }
    String found = results.total() + (results.total() == 1 ? " hit" : " hits") + " for \""
        + TerminalText.echo(results.query()) + "\""
        + took;
    if (results.hits().isEmpty()) {
      return found + "; none from " + (results.offset() + 1) + " on.";
    }
    int first = results.offset() + 1;
    int last = results.offset() + results.hits().size();
    return found + "; showing " + (first == last ? String.valueOf(first) : first + "–" + last) + ".";
  }

  /** Date, source, language and path, whichever are known. */
  private static String details(Hit hit) {
    List<String> parts = new ArrayList<>(4);
    if (hit.date() != null) {
      parts.add(hit.date().toString());
    }
    if (hit.source() != null) {
      parts.add(hit.source());
    }
    if (hit.lang() != null) {
      parts.add(hit.lang());
    }
    parts.add(hit.path());
    return String.join(" · ", parts);
  }

  private static String scoreLabel(float score) {
    return String.format(Locale.ROOT, "score %.3f", score);
  }

  private String styled(String style, String text) {
    return color ? style + text + RESET : text;
  }
}

package dev.tilde.cli.output;

import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import java.io.Writer;
import java.util.Map;

/**
 * Prints search results as JSON Lines for pipelines: one hit per line, each the same object as in {@link
 * JsonResultsWriter}'s {@code hits}, best first; nothing at all when there are no hits.
 */
public final class JsonLinesResultsWriter {
  private JsonLinesResultsWriter() {}

  public static void write(SearchResults results, Writer out) {
    write(results, Map.of(), out);
  }

  /** Writes {@code results}, adding an {@code "explanation"} to each hit that {@code explanations} has one for. */
  public static void write(SearchResults results, Map<String, String> explanations, Writer out) {
    write(results, explanations, false, out);
  }

  /**
   * Writes {@code results}, adding an {@code "explanation"} to each hit that {@code explanations} has one for, and
   * where {@code why}, each hit's {@code "matches"}.
   */
  public static void write(SearchResults results, Map<String, String> explanations, boolean why, Writer out) {
    for (Hit hit : results.hits()) {
      JsonOutput.line(out, json -> JsonResultsWriter.writeHit(hit, explanations.get(hit.id()), why, json));
    }
  }
}

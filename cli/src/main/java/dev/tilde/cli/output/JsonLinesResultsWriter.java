package dev.tilde.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Prints search results as JSON Lines for pipelines: one hit per line, each the same object as in {@link
 * JsonResultsWriter}'s {@code hits}, best first; nothing at all when there are no hits.
 */
public final class JsonLinesResultsWriter {
  private JsonLinesResultsWriter() {}

  public static void write(SearchResults results, Writer out) {
    try {
      for (Hit hit : results.hits()) {
        try (JsonGenerator json = JsonResultsWriter.JSON.createGenerator(out)) {
          json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
          JsonResultsWriter.writeHit(hit, json);
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

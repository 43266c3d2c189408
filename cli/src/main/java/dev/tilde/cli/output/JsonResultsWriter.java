package dev.tilde.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Snippet;
import dev.tilde.why.WordMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * Prints search results as one JSON object for scripts; the keys are a public contract and never renamed:
 * {@code {"query", "parsed_as", "total", "took_ms", "timed_out", "suggestion", "hits": [{"id", "path", "title", "score",
 * "snippets", "date", "lang", "matches": [{"word", "kind", "as_written"}]}]}}, with matches in snippets wrapped in
 * {@code <mark>} and {@code </mark>}, dates as {@code yyyy-MM-dd}, and {@code null} for an unknown date or language or
 * no suggestion. A hit's {@code "matches"} says how each typed word matched it ({@code "kind"} one of {@link
 * dev.tilde.why.MatchKind}'s labels, {@code "as_written"} the document's words or {@code null}), where asked.
 */
public final class JsonResultsWriter {
  private JsonResultsWriter() {}

  public static void write(SearchResults results, Writer out) {
    write(results, Map.of(), out);
  }

  /** Writes {@code results}, adding an {@code "explanation"} to each hit that {@code explanations} has one for. */
  public static void write(SearchResults results, Map<String, String> explanations, Writer out) {
    write(results, explanations, false, out);
  }

  /**
   * Writes {@code results}, adding an {@code "explanation"} to each hit that {@code explanations} has one for, and
   * where {@code why}, each hit's {@code "matches"}: how the query's words matched it.
   */
  public static void write(SearchResults results, Map<String, String> explanations, boolean why, Writer out) {
    JsonOutput.line(out, json -> {
      json.writeStartObject();
      json.writeStringField("query", results.query());
      json.writeStringField("parsed_as", results.parsedAs());
      json.writeNumberField("total", results.total());
      json.writeNumberField("took_ms", results.tookMillis());
      json.writeBooleanField("timed_out", results.timedOut());
      json.writeStringField("suggestion", results.suggestion());
      json.writeArrayFieldStart("hits");
      for (Hit hit : results.hits()) {
        writeHit(hit, explanations.get(hit.id()), why, json);
      }
      json.writeEndArray();
      json.writeEndObject();
    });
  }

  /**
   * Writes one hit as the object both JSON formats use, with its score explanation unless that is null, and its
   * matches where {@code why}.
   */
  static void writeHit(Hit hit, String explanation, boolean why, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", hit.id());
    json.writeStringField("path", hit.path());
    json.writeStringField("title", hit.title());
    json.writeNumberField("score", hit.score());
    json.writeArrayFieldStart("snippets");
    for (Snippet snippet : hit.snippets()) {
      json.writeString(snippet.marked("<mark>", "</mark>"));
    }
    json.writeEndArray();
    json.writeStringField("date", hit.date() == null ? null : hit.date().toString());
    json.writeStringField("lang", hit.lang());
    json.writeStringField("source", hit.source());
    json.writeObjectFieldStart("extra");
    for (Map.Entry<String, String> field : hit.extra().entrySet()) {
      json.writeStringField(field.getKey(), field.getValue());
    }
    json.writeEndObject();
    if (why) {
      json.writeArrayFieldStart("matches");
      for (WordMatch match : hit.matches()) {
        json.writeStartObject();
        json.writeStringField("word", match.word());
        json.writeStringField("kind", match.kind().label());
        json.writeStringField("as_written", match.asWritten());
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    if (explanation != null) {
      json.writeStringField("explanation", explanation);
    }
    json.writeEndObject();
  }
}

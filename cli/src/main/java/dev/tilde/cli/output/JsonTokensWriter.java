package dev.tilde.cli.output;

import dev.tilde.analysis.Token;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Prints {@code tilde analyze --json}: one object mapping each chain's name to its tokens, each
 * {@code {"term", "position", "position_length", "start_offset", "end_offset", "type"}} as in Elasticsearch's _analyze.
 */
public final class JsonTokensWriter {
  private JsonTokensWriter() {}

  public static void write(Map<String, List<Token>> byChain, Writer out) {
    JsonOutput.line(out, json -> {
      json.writeStartObject();
      for (Map.Entry<String, List<Token>> chain : byChain.entrySet()) {
        json.writeArrayFieldStart(chain.getKey());
        for (Token t : chain.getValue()) {
          json.writeStartObject();
          json.writeStringField("term", t.term());
          json.writeNumberField("position", t.position());
          json.writeNumberField("position_length", t.positionLength());
          json.writeNumberField("start_offset", t.startOffset());
          json.writeNumberField("end_offset", t.endOffset());
          json.writeStringField("type", t.type());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    });
  }
}

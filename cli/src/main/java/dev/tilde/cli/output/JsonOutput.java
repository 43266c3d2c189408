package dev.tilde.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes one JSON value per line to the command's output, for every JSON format the command line prints; no
 * character a terminal acts on is written raw (see {@link JsonEscapes}).
 */
final class JsonOutput {
  private static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(JsonEscapes.INSTANCE).build();

  /** What to write with the generator. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private JsonOutput() {}

  /** Writes {@code body} to {@code out} and ends the line; {@code out} stays open (it is the command's stdout). */
  static void line(Writer out, Body body) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
      body.write(json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

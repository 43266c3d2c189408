package dev.tilde.indexer.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tilde.indexer.article.NewsText;
import dev.tilde.indexer.article.PublicationDate;
import dev.tilde.schema.IdNamespace;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;

/**
 * Reads NDJSON (JSON Lines): one JSON object per line, each a document whose fields {@link NdjsonFields} maps. A bad
 * line is reported with its line number and skipped; the lines around it are read as usual.
 *
 * <p>An id is a JSON string ({@link IdNamespace#TEXT}) or integer ({@link IdNamespace#INTEGER}, kept as its decimal
 * digits), so {@code 123} and {@code "123"} are two documents; other numbers ({@code 1.5e3}) and other values are
 * refused, as is an id longer than {@value #MAX_ID_CHARS} characters.
 */
public final class NdjsonReader {
  /** What reading a stream yields, line by line. */
  public interface Handler {
    /**
     * Line {@code line} became a document.
     *
     * @param line the line number, from 1
     * @param doc the document
     */
    void document(long line, TildeDocument doc);

    /**
     * A line that could not become a document.
     *
     * @param line the line number, from 1
     * @param reason why, one line
     */
    void failure(long line, String reason);

    /**
     * A recoverable problem with a line that was still indexed.
     *
     * @param line the line number, from 1
     * @param message the problem, one line
     */
    void warning(long line, String message);
  }

  /** A line may exceed the document cap this many times (markup, other fields) and still be read and capped. */
  private static final int LINE_CAP_FACTOR = 4;
  /** Extra values are exact-match keywords: longer ones are not keywords and would be refused by Lucene. */
  private static final int MAX_EXTRA_CHARS = 4096;
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
  /** Ids are names for documents, not text: a longer one is refused (Lucene's own limit is 32766 bytes). */
  public static final int MAX_ID_CHARS = 1000;
  /** How much of a refused id a message shows. */
  private static final int SHOWN_ID_CHARS = 80;

  private NdjsonReader() {}

  /**
   * Reads every line of the NDJSON file {@code file} (gzip-compressed if its name ends in {@code .gz}); each
   * document's path is the file's absolute path.
   *
   * @param file the file
   * @param fields which fields make which part of a document
   * @param maxDocBytes a body longer than this many characters is cut there, with a warning
   * @param handler told about each line's document, failure or warning
   * @param bytesRead told how many bytes of the file each read consumed, for progress
   * @throws UnreadableSourceException if the file cannot be opened, is binary, or fails part way (the documents
   *     before stay read)
   */
  public static void read(Path file, NdjsonFields fields, long maxDocBytes, Handler handler, LongConsumer bytesRead) {
    try (InputStream in = InputBytes.open(file, bytesRead)) {
      readLines(in, file.toAbsolutePath().normalize().toString(), fields, maxDocBytes, handler);
    } catch (IOException e) {
      throw new UnreadableSourceException(InputBytes.reason(e), e);
    }
  }

  /**
   * Reads every line of {@code in}, which it leaves open (standard input belongs to the caller).
   *
   * @param in the stream
   * @param origin the path the documents came from ({@code <stdin>} for standard input); each document's path
   * @param fields which fields make which part of a document
   * @param maxDocBytes a body longer than this many characters is cut there, with a warning
   * @param handler told about each line's document, failure or warning
   * @param bytesRead told how many bytes each read consumed, for progress
   * @throws UnreadableSourceException if the stream is binary or fails part way (the documents before stay read)
   */
  public static void read(InputStream in, String origin, NdjsonFields fields, long maxDocBytes, Handler handler,
      LongConsumer bytesRead) {
    readLines(InputBytes.counting(in, bytesRead), origin, fields, maxDocBytes, handler);
  }

  private static void readLines(InputStream in, String origin, NdjsonFields fields, long maxDocBytes,
      Handler handler) {
    int maxLine = (int) Math.min((long) Integer.MAX_VALUE - 8, maxDocBytes * LINE_CAP_FACTOR);
    JsonMapper json = JsonMapper.builder(new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxLine).build())
            .build())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature())
        .build();
    LineReader lines = new LineReader(in, maxLine);
    try {
      LineReader.Line line;
      boolean first = true;
      while ((line = lines.next()) != null) {
        if (first && InputBytes.looksBinary(line.bytes(), line.length())) {
          throw new UnreadableSourceException("binary file, not text");
        }
        first = false;
        if (line.tooLong()) {
          handler.failure(line.number(), "line of " + line.fullLength() + " bytes, longer than "
              + InputBytes.size(maxLine) + " (" + LINE_CAP_FACTOR + " times the document cap)");
          continue;
        }
        long number = line.number();
        String text = InputBytes.decode(line.bytes(), line.length(),
            () -> handler.warning(number, "not valid UTF-8; undecodable bytes replaced with U+FFFD"));
        if (text.isBlank()) {
          continue;
        }
        document(json, text, number, origin, fields, maxDocBytes, handler);
      }
    } catch (IOException e) {
      throw new UnreadableSourceException(InputBytes.reason(e) + " (after line " + lines.lineCount() + ")", e);
    }
  }

  private static void document(JsonMapper json, String text, long number, String origin, NdjsonFields fields,
      long maxDocBytes, Handler handler) {
    JsonNode object;
    try {
      object = json.readTree(text);
    } catch (JsonProcessingException e) {
      handler.failure(number, "not valid JSON: " + e.getOriginalMessage());
      return;
    }
    if (object == null || !object.isObject()) {
      handler.failure(number, "not a JSON object");
      return;
    }
    JsonNode idNode = field(object, fields.id());
    if (idNode == null || !idNode.isValueNode() || idNode.asText().isBlank()) {
      handler.failure(number, "no \"" + fields.id() + "\" field to use as the document's id");
      return;
    }
    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
      handler.failure(number, "\"" + fields.id() + "\" is " + (idNode.isNumber() ? "a number with a fraction or"
          + " an exponent" : "neither a string nor a number") + ": ids are strings or integers");
      return;
    }
    String id = idNode.isTextual() ? idNode.textValue() : idNode.bigIntegerValue().toString();
    if (id.length() > MAX_ID_CHARS) {
      int shown = Character.isHighSurrogate(id.charAt(SHOWN_ID_CHARS - 1)) ? SHOWN_ID_CHARS - 1 : SHOWN_ID_CHARS;
      handler.failure(number, "\"" + fields.id() + "\" of " + id.length() + " characters, longer than "
          + MAX_ID_CHARS + ": \"" + id.substring(0, shown) + "…\"");
      return;
    }
    String body = text(object, fields.body());
    String title = text(object, fields.title());
    if ((body == null || body.isBlank()) && (title == null || title.isBlank())) {
      handler.failure(number, "neither \"" + fields.title() + "\" nor \"" + fields.body() + "\" has text");
      return;
    }
    body = body == null ? "" : body;
    if (body.length() > maxDocBytes) {
      body = body.substring(0, (int) maxDocBytes);
      handler.warning(number, "\"" + fields.body() + "\" longer than " + InputBytes.size(maxDocBytes)
          + "; only the first " + InputBytes.size(maxDocBytes) + " indexed");
    }
    if (title == null || title.isBlank()) {
      title = NewsText.firstSentence(body);
    }
    LocalDate date = null;
    String dateText = text(object, fields.date());
    if (dateText != null && !dateText.isBlank() && (date = PublicationDate.find(dateText)) == null) {
      handler.warning(number, "cannot read \"" + fields.date() + "\" value \"" + dateText
          + "\" as a date; indexed without one");
    }
    String lang = text(object, fields.lang());
    if (lang != null) {
      lang = lang.strip().toLowerCase(Locale.ROOT);
      if (!LANGUAGE_CODE.matcher(lang).matches()) {
        handler.warning(number, "\"" + fields.lang() + "\" value is not a language code; language detected instead");
        lang = null;
      }
    }
    Map<String, String> extra = new LinkedHashMap<>();
    for (String name : fields.extra()) {
      JsonNode value = field(object, name);
      if (value == null || value.isNull()) {
        continue;
      }
      String kept = value.isValueNode() ? value.asText() : value.toString();
      if (kept.length() > MAX_EXTRA_CHARS) {
        handler.warning(number, "\"" + name + "\" longer than " + MAX_EXTRA_CHARS + " characters; not kept");
        continue;
      }
      extra.put(name, kept);
    }
    String source = text(object, fields.source());
    handler.document(number, new TildeDocument(id, origin, title.strip(), body, date,
        source == null || source.isBlank() ? null : source.strip(), lang, extra,
        idNode.isTextual() ? IdNamespace.TEXT : IdNamespace.INTEGER));
  }

  /** A field by exact name, else by dotted path into nested objects; {@code null} when absent. */
  private static JsonNode field(JsonNode object, String name) {
    JsonNode node = object.get(name);
    if (node == null && name.contains(".")) {
      node = object;
      for (String part : name.split("\\.")) {
        node = node == null ? null : node.get(part);
      }
    }
    return node == null || node.isNull() ? null : node;
  }

  /** The text of a scalar field, or {@code null} when it is absent or not a scalar. */
  private static String text(JsonNode object, String name) {
    JsonNode node = field(object, name);
    return node != null && node.isValueNode() ? node.asText() : null;
  }
}

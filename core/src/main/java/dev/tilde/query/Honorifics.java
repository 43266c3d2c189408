package dev.tilde.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The titles and honorifics that stand before a person's name ({@code Mr}, {@code Minister}, {@code señora}), from
 * {@code honorifics.txt} beside this class. They are common words in proceedings and news, and rarer than their
 * frequency suggests in a short title or a small corpus; next to a name they say only who the name is, so a query
 * weighs them only in documents that have another of its words.
 */
final class Honorifics {
  private static final Set<String> FOLDED = load();

  private Honorifics() {}

  /** Whether {@code folded}, a query word folded as queries are, is a title or honorific. */
  static boolean contains(String folded) {
    return FOLDED.contains(folded);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = Honorifics.class.getResourceAsStream("honorifics.txt")) {
      if (in == null) {
        throw new IllegalStateException("honorifics.txt is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

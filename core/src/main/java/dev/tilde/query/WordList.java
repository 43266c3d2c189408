package dev.tilde.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * A list of words shipped beside this package's classes ({@code honorifics.txt}, {@code given-names.txt}): words
 * separated by spaces, any number a line, blank lines and lines starting with {@code #} ignored.
 */
final class WordList {
  private WordList() {}

  /** The words of the resource {@code name} beside this class; a missing resource is a broken build. */
  static Set<String> read(String name) {
    Set<String> words = new HashSet<>();
    try (InputStream in = WordList.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          words.addAll(Arrays.asList(stripped.split("\\s+")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

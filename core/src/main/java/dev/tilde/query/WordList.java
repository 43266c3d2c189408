package dev.tilde.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.WordlistLoader;

/**
 * A list of words shipped beside this package's classes ({@code honorifics.txt}, {@code given-names.txt}): words
 * separated by spaces, any number a line, blank lines and lines starting with {@code #} ignored (Lucene's {@link
 * WordlistLoader#getLines} reads them). Where a line says something of its words together (a group of equivalent
 * names), {@link #lines} gives them line by line.
 */
final class WordList {
  /** What separates words on a line; compiled once, as {@code String.split} would compile it for every line. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private WordList() {}

  /** The words of the resource {@code name} beside this class; a missing resource is a broken build. */
  static Set<String> read(String name) {
    Set<String> words = new HashSet<>();
    lines(name).forEach(words::addAll);
    return Set.copyOf(words);
  }

  /** The words of the resource {@code name} beside this class, line by line; a missing resource is a broken build. */
  static List<List<String>> lines(String name) {
    InputStream in = WordList.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the class path");
    }
    List<List<String>> lines = new ArrayList<>();
    try {
      for (String line : WordlistLoader.getLines(in, StandardCharsets.UTF_8)) {
        lines.add(List.of(SPACES.split(line)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(lines);
  }
}

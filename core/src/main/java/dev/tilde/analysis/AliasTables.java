package dev.tilde.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.ResourceLoader;

/** The rules of alias tables: each table's lines in order, blank lines and {@code #} comments left out. */
final class AliasTables {
  private AliasTables() {}

  /** The rules of {@code tables}, each opened through {@code loader}. */
  static List<String> rules(List<String> tables, ResourceLoader loader) {
    List<String> rules = new ArrayList<>();
    for (String table : tables) {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(loader.openResource(table), StandardCharsets.UTF_8))) {
        lines.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(rules::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read alias table " + table + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }

  /** The innermost cause's message of a failure to read alias rules: it says what is wrong with them. */
  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}

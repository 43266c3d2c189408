package dev.tilde.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One query of the benchmark's query set, written as a user would type it: words, and phrases in double quotes.
 *
 * @param kind what the query stands for
 * @param text the query
 */
public record BenchQuery(Kind kind, String text) {
  /** The kinds of query the set mixes. */
  public enum Kind {
    /** A person's name, one or two words as the corpus writes it. */
    NAME,
    /** One word. */
    WORD,
    /** Two words that stand side by side in some document, not quoted. */
    TWO_WORDS,
    /** Two or three words in quotes. */
    PHRASE,
    /** A word written with accents. */
    ACCENTED,
    /** A word the corpus writes with accents, typed without them. */
    UNACCENTED;

    /** The name used in the query file. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The kind with {@link #label()} {@code label}. */
    public static Kind ofLabel(String label) {
      return valueOf(label.toUpperCase(Locale.ROOT));
    }
  }

  /** A run of words of the query: a quoted phrase, or a single word. */
  public record Part(List<String> words, boolean phrase) {}

  /** The query's words and phrases, in order. */
  public List<Part> parts() {
    List<Part> parts = new ArrayList<>();
    String[] quoted = text.split("\"", -1);
    for (int i = 0; i < quoted.length; i++) {
      List<String> words = List.of(quoted[i].trim().split("\\s+"));
      if (quoted[i].isBlank()) {
        continue;
      }
      if (i % 2 == 1) {
        parts.add(new Part(words, true));
      } else {
        words.forEach(word -> parts.add(new Part(List.of(word), false)));
      }
    }
    return parts;
  }
}

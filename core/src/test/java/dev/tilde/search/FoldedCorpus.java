package dev.tilde.search;

import dev.tilde.Europarl;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The words of the documents a test searched, folded (lower case, accents removed), from which the test computes a
 * query's answers: the documents that hold a name are found by reading the text, not by asking the index.
 */
final class FoldedCorpus {
  /** Each document's folded text, words separated by single spaces, with a space at each end. */
  private final Map<String, String> words = new HashMap<>();

  /** The Europarl documents' titles and bodies. */
  static FoldedCorpus ofEuroparl() {
    FoldedCorpus corpus = new FoldedCorpus();
    try {
      for (TildeDocument doc : Europarl.documents()) {
        corpus.add(doc.id(), doc.title() + "\n" + doc.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  /** Adds document {@code id}, whose title and body are {@code text}. */
  void add(String id, String text) {
    words.put(id, " " + String.join(" ", folded(text).split("[^\\p{L}\\p{N}]+")) + " ");
  }

  /** The folded words of document {@code id}, each with a space either side. */
  String of(String id) {
    return words.get(id);
  }

  /** The documents whose folded words hold {@code folded} (one word or several side by side). */
  Set<String> holding(String folded) {
    return matching(text -> text.contains(" " + folded + " "));
  }

  /** The documents whose folded words, each with a space either side, pass {@code test}. */
  Set<String> matching(Predicate<String> test) {
    return words.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  /** {@code text} in lower case with its accents removed. */
  static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}

package dev.tilde.query;

import java.util.Set;

/**
 * The titles and honorifics that stand before a person's name ({@code Mr}, {@code Minister}, {@code señora}), from
 * {@code honorifics.txt} beside this class. They are common words in proceedings and news, and rarer than their
 * frequency suggests in a short title or a small corpus; next to a name they say only who the name is, so a query
 * weighs them only in documents that have another of its words.
 */
final class Honorifics {
  private static final Set<String> FOLDED = WordList.read("honorifics.txt");

  private Honorifics() {}

  /** Whether {@code folded}, a query word folded as queries are, is a title or honorific. */
  static boolean contains(String folded) {
    return FOLDED.contains(folded);
  }
}

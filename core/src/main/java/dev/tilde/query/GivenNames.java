package dev.tilde.query;

import java.util.Set;

/**
 * Given names of the languages of the European Union ({@code Tony}, {@code Joaquín}, {@code Poul}), from {@code
 * given-names.txt} beside this class. Beside a surname in a query, a given name says which of the people of that
 * surname is meant; a document with the given name but not the surname is about someone else, so a query weighs the
 * given name only in documents that have the surname: {@code Tony Blair} ranks every Blair above every other Tony.
 */
final class GivenNames {
  private static final Set<String> FOLDED = WordList.read("given-names.txt");

  private GivenNames() {}

  /** Whether {@code folded}, a query word folded as queries are, is a given name. */
  static boolean contains(String folded) {
    return FOLDED.contains(folded);
  }
}

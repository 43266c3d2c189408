package dev.tilde.query;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given names of the languages of the European Union ({@code Tony}, {@code Joaquín}, {@code Poul}), from {@code
 * given-names.txt} beside this class, in groups of the same name in several languages. Beside a surname in a query, a
 * given name says which of the people of that surname is meant; a document with the given name but not the surname
 * is about someone else, so a query weighs the given name only in documents that have the surname: {@code Tony
 * Blair} ranks every Blair above every other Tony. There, the other names of its groups name the same person
 * ({@link NameVariants}).
 */
final class GivenNames {
  /** Each given name's equivalents: the names of every group it is in, itself included. */
  private static final Map<String, Set<String>> EQUIVALENTS = equivalents(WordList.lines("given-names.txt"));

  private GivenNames() {}

  private static Map<String, Set<String>> equivalents(List<List<String>> groups) {
    Map<String, Set<String>> equivalents = new HashMap<>();
    for (List<String> group : groups) {
      for (String name : group) {
        equivalents.computeIfAbsent(name, n -> new LinkedHashSet<>()).addAll(group);
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    equivalents.forEach((name, names) -> frozen.put(name, Set.copyOf(names)));
    return Map.copyOf(frozen);
  }

  /** Whether {@code folded}, a query word folded as queries are, is a given name. */
  static boolean contains(String folded) {
    return EQUIVALENTS.containsKey(folded);
  }

  /** The names {@code folded} is in other languages (Joaquín: Joachim, Joaquim…), itself included; none if no name. */
  static Set<String> equivalents(String folded) {
    return EQUIVALENTS.getOrDefault(folded, Set.of());
  }

  /** Every given name of the table. */
  static Set<String> all() {
    return EQUIVALENTS.keySet();
  }
}

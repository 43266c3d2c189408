package dev.tilde.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The other ways the text may write a given name typed beside a surname: the same name in another language ({@link
 * GivenNames}: Joaquim, Joaquín, Joachim), its nicknames and the names a nickname is short for ({@link Nicknames}:
 * Joe, Joseph, José, Pepe), and for an initial every name of both tables with that first letter. Words are folded as
 * queries are.
 */
final class NameVariants {
  /** For each letter, the given names and nicknames that start with it. */
  private static final Map<Character, Set<String>> BY_INITIAL = byInitial();

  private NameVariants() {}

  private static Map<Character, Set<String>> byInitial() {
    Map<Character, Set<String>> names = new HashMap<>();
    Set<String> all = new TreeSet<>(GivenNames.all());
    all.addAll(Nicknames.words());
    for (String name : all) {
      if (name.codePoints().allMatch(c -> c >= 'a' && c <= 'z')) {
        names.computeIfAbsent(name.charAt(0), c -> new LinkedHashSet<>()).add(name);
      }
    }
    Map<Character, Set<String>> frozen = new HashMap<>();
    names.forEach((letter, starting) -> frozen.put(letter, Set.copyOf(starting)));
    return Map.copyOf(frozen);
  }

  /**
   * The one-word forms of the given name {@code name}: itself, its equivalents in other languages, the one-word names
   * it is short for and theirs, and the nicknames of all of those.
   */
  static Set<String> of(String name) {
    Set<String> formal = new LinkedHashSet<>();
    formal.add(name);
    formal.addAll(GivenNames.equivalents(name));
    for (List<String> full : Nicknames.fullNames(name)) {
      if (full.size() == 1) {
        formal.add(full.get(0));
        formal.addAll(GivenNames.equivalents(full.get(0)));
      }
    }
    Set<String> forms = new LinkedHashSet<>(formal);
    for (String form : formal) {
      forms.addAll(Nicknames.of(List.of(form)));
    }
    return forms;
  }

  /** The given names of several words the nickname {@code name} is short for ({@code chema}: José María). */
  static List<List<String>> longer(String name) {
    List<List<String>> longer = new ArrayList<>();
    for (List<String> full : Nicknames.fullNames(name)) {
      if (full.size() > 1) {
        longer.add(full);
      }
    }
    return longer;
  }

  /** The nicknames of the given name of several words {@code names} ({@code jose maria}: Chema, Txema). */
  static Set<String> shorter(List<String> names) {
    return Nicknames.of(names);
  }

  /** The forms of the initial {@code letter}: itself, and every given name and nickname that starts with it. */
  static Set<String> ofInitial(char letter) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(String.valueOf(letter));
    forms.addAll(BY_INITIAL.getOrDefault(letter, Set.of()));
    return forms;
  }
}

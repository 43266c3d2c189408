package dev.tilde.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Nicknames of English and Spanish given names ({@code Joe} for Joseph, {@code Paco} for Francisco, {@code Chema} for
 * José María), from {@code nicknames.txt} beside this class: each nickname with the given names it is short for, a
 * given name of two words written {@code jose+maria}. A word that is also a common word ({@code bill*}) is a name only
 * where typed with a capital letter.
 */
final class Nicknames {
  private static final Table TABLE = read(WordList.lines("nicknames.txt"));

  /** The table, read both ways. */
  private record Table(Map<String, List<List<String>>> fullNames, Map<List<String>, Set<String>> nicknames,
      Set<String> commonWords) {}

  private Nicknames() {}

  private static Table read(List<List<String>> lines) {
    Map<String, List<List<String>>> fullNames = new HashMap<>();
    Map<List<String>, Set<String>> nicknames = new HashMap<>();
    Set<String> commonWords = new HashSet<>();
    for (List<String> line : lines) {
      String nickname = word(line.get(0), commonWords);
      List<List<String>> names = new ArrayList<>();
      for (String name : line.subList(1, line.size())) {
        List<String> words = new ArrayList<>();
        for (String part : name.split("\\+")) {
          words.add(word(part, commonWords));
        }
        names.add(List.copyOf(words));
        nicknames.computeIfAbsent(List.copyOf(words), n -> new LinkedHashSet<>()).add(nickname);
      }
      fullNames.computeIfAbsent(nickname, n -> new ArrayList<>()).addAll(names);
    }
    Map<String, List<List<String>>> frozenNames = new HashMap<>();
    fullNames.forEach((nickname, names) -> frozenNames.put(nickname, List.copyOf(names)));
    Map<List<String>, Set<String>> frozenNicknames = new HashMap<>();
    nicknames.forEach((name, shortNames) -> frozenNicknames.put(name, Set.copyOf(shortNames)));
    return new Table(Map.copyOf(frozenNames), Map.copyOf(frozenNicknames), Set.copyOf(commonWords));
  }

  /** {@code word} without its {@code *}, noted in {@code commonWords} if it had one. */
  private static String word(String word, Set<String> commonWords) {
    if (!word.endsWith("*")) {
      return word;
    }
    String bare = word.substring(0, word.length() - 1);
    commonWords.add(bare);
    return bare;
  }

  /** Whether {@code folded} is a nickname or a one-word given name of the table. */
  static boolean contains(String folded) {
    return TABLE.fullNames().containsKey(folded) || TABLE.nicknames().containsKey(List.of(folded));
  }

  /** Whether {@code folded} is also a common word, a name only where typed with a capital letter. */
  static boolean alsoCommonWord(String folded) {
    return TABLE.commonWords().contains(folded);
  }

  /** The given names {@code nickname} is short for, each as its words; none if it is no nickname. */
  static List<List<String>> fullNames(String nickname) {
    return TABLE.fullNames().getOrDefault(nickname, List.of());
  }

  /** The nicknames of the given name whose words are {@code name}; none if it has none. */
  static Set<String> of(List<String> name) {
    return TABLE.nicknames().getOrDefault(name, Set.of());
  }

  /** Every nickname, and every one-word given name, of the table. */
  static Set<String> words() {
    Set<String> words = new HashSet<>(TABLE.fullNames().keySet());
    TABLE.nicknames().keySet().stream().filter(name -> name.size() == 1).forEach(name -> words.add(name.get(0)));
    return words;
  }
}

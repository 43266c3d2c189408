package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name groups of the judgments: each person typed the ways users type names, every form judged by the same
 * documents (those holding the surname). The persons are the {@link #PERSONS} best mentioned of
 * {@link PersonFinder#persons()}, with issue 14's four ({@link #ISSUE_14}) among them under the title the issue
 * typed; the hyphenated group takes the {@link #HYPHENATED} best mentioned hyphenated surnames.
 */
final class NameQueries {
  /** The persons of issue 14's table, with the title each was searched with. */
  static final Map<String, String> ISSUE_14 = issue14();
  static final int PERSONS = 40;
  static final int HYPHENATED = 12;

  private NameQueries() {}

  private static Map<String, String> issue14() {
    Map<String, String> persons = new LinkedHashMap<>();
    persons.put("Moratinos", "Minister");
    persons.put("Varela", "señor");
    persons.put("Pittella", "Mr");
    persons.put("Kyprianou", "Commissioner");
    return persons;
  }

  /** The name groups' judgments, group by group. */
  static List<Judgment> judgments(CorpusText text, PersonFinder finder) {
    List<Person> found = finder.persons();
    List<Person> persons = new ArrayList<>(found.subList(0, Math.min(PERSONS, found.size())));
    ISSUE_14.forEach((surname, title) -> {
      Person asTyped = finder.person(surname, title);
      int at = indexOf(persons, surname);
      if (at >= 0) {
        persons.set(at, asTyped);
      } else {
        persons.add(asTyped);
      }
    });
    Map<Group, Map<String, Judgment>> groups = new LinkedHashMap<>();
    for (Group group : Group.values()) {
      if (group.person()) {
        groups.put(group, new LinkedHashMap<>());
      }
    }
    for (Person p : persons) {
      String titled = p.title() + " " + p.surname();
      add(groups, Group.NAME_SURNAME, p.surname(), p);
      add(groups, Group.NAME_TITLE, titled, p);
      if (!p.givenNames().isEmpty()) {
        String given = String.join(" ", p.givenNames());
        add(groups, Group.NAME_FULL, p.title() + " " + given + " " + p.surname(), p);
        add(groups, Group.NAME_GIVEN, p.givenNames().get(0) + " " + p.surname(), p);
        add(groups, Group.NAME_REORDERED, p.surname() + " " + given, p);
        add(groups, Group.NAME_FOLDED, Folding.folded(p.givenNames().get(0) + " " + p.surname()), p);
      } else {
        add(groups, Group.NAME_FOLDED, Folding.folded(titled), p);
      }
      add(groups, Group.NAME_UPPER, titled.toUpperCase(Locale.ROOT), p);
      add(groups, Group.NAME_POSSESSIVE, titled + "'s", p);
      String soundAlike = SoundAlikeQueries.respelling(p.surname(), text);
      if (soundAlike != null) {
        add(groups, Group.NAME_SOUND_ALIKE, soundAlike, p);
      }
      String typo = typo(p.surname(), text);
      if (typo != null) {
        add(groups, Group.NAME_TYPO, p.title() + " " + typo, p);
      }
    }
    found.stream().filter(Person::hyphenated).limit(HYPHENATED).forEach(p -> {
      add(groups, Group.NAME_HYPHENATED, p.surname(), p);
      add(groups, Group.NAME_HYPHENATED, p.surname().replace('-', ' '), p);
    });
    List<Judgment> all = new ArrayList<>();
    groups.values().forEach(group -> all.addAll(group.values()));
    all.addAll(NameVariantQueries.judgments(text, found));
    return all;
  }

  private static int indexOf(List<Person> persons, String surname) {
    for (int i = 0; i < persons.size(); i++) {
      if (persons.get(i).surname().equals(surname)) {
        return i;
      }
    }
    return -1;
  }

  private static void add(Map<Group, Map<String, Judgment>> groups, Group group, String query, Person p) {
    if (!p.relevant().isEmpty()) { // one of issue 14's persons in a corpus without them
      groups.get(group).putIfAbsent(query, new Judgment(group, query, p.relevant()));
    }
  }

  /**
   * {@code surname} with two neighbouring letters swapped, nearest the middle first, the first letter kept: a
   * word no document holds. {@code null} for a hyphenated surname, or when every swap makes a word of the text.
   */
  static String typo(String surname, CorpusText text) {
    if (surname.contains("-")) {
      return null;
    }
    int middle = surname.length() / 2 - 1;
    for (int step = 0; step < surname.length(); step++) {
      int i = middle + (step % 2 == 0 ? step / 2 : -(step / 2 + 1));
      if (i < 1 || i + 1 >= surname.length() || surname.charAt(i) == surname.charAt(i + 1)) {
        continue;
      }
      String swapped = surname.substring(0, i) + surname.charAt(i + 1) + surname.charAt(i) + surname.substring(i + 2);
      if (text.documentFrequency(Folding.folded(swapped)) == 0) {
        return swapped;
      }
    }
    return null;
  }
}

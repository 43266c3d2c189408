package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.Folding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The groups of a person named by another form of the given name than the text's: the same name in another language
 * ({@code Joaquim Almunia} for the text's Joaquín Almunia), a nickname or the full name a nickname is short for
 * ({@code Anthony Blair} for Tony Blair, {@code Bob Evans} for Robert Evans), and initials ({@code T. Blair}, {@code
 * J. L. Bourlanges}, {@code J.L. Bourlanges}). The other forms come from Tilde's own tables of given names and
 * nicknames (what a user might type); the answers from the text: the documents that hold the given names as the
 * text writes them right before the surname. Only persons whose surname is also in documents without those given
 * names take part, so the order matters: those documents must rank below the person's.
 */
final class NameVariantQueries {
  static final int PER_GROUP = 30;
  static final String GIVEN_NAMES = "/dev/tilde/query/given-names.txt";
  private static final String NICKNAMES = "/dev/tilde/query/nicknames.txt";

  private NameVariantQueries() {}

  /** The three groups' judgments over {@code text}, persons best mentioned first. */
  static List<Judgment> judgments(CorpusText text, List<Person> persons) {
    List<List<String>> groups = lines(GIVEN_NAMES);
    List<List<String>> nicknames = lines(NICKNAMES);
    Map<Group, Map<String, Judgment>> built = new LinkedHashMap<>();
    for (Group group : List.of(Group.NAME_GIVEN_EQUIVALENT, Group.NAME_NICKNAME, Group.NAME_INITIALS)) {
      built.put(group, new LinkedHashMap<>());
    }
    int twoInitials = 0;
    for (Person p : persons) {
      if (p.givenNames().isEmpty() || p.hyphenated()) {
        continue;
      }
      List<String> run = new ArrayList<>(Folding.words(String.join(" ", p.givenNames())));
      run.addAll(Folding.words(p.surname()));
      List<String> relevant = text.withRun(run);
      if (relevant.isEmpty() || relevant.size() >= p.relevant().size()) {
        continue; // every document of the surname names the person so: the order would not matter
      }
      String given = Folding.folded(p.givenNames().get(0));
      String equivalent = equivalent(given, groups);
      if (equivalent != null) {
        add(built, Group.NAME_GIVEN_EQUIVALENT, capitalised(equivalent) + " " + p.surname(), relevant);
      }
      String nickname = nicknameOrFullName(given, nicknames);
      if (nickname != null) {
        add(built, Group.NAME_NICKNAME, capitalised(nickname) + " " + p.surname(), relevant);
      }
      boolean spaced = p.givenNames().size() == 1 || twoInitials++ % 2 == 0;
      add(built, Group.NAME_INITIALS, initials(p.givenNames(), spaced) + " " + p.surname(), relevant);
    }
    List<Judgment> all = new ArrayList<>();
    built.values().forEach(group -> all.addAll(group.values()));
    return all;
  }

  private static void add(Map<Group, Map<String, Judgment>> built, Group group, String query, List<String> relevant) {
    Map<String, Judgment> of = built.get(group);
    if (of.size() < PER_GROUP) {
      of.putIfAbsent(query, new Judgment(group, query, relevant));
    }
  }

  /**
   * The first other name of {@code given}'s groups in English, Spanish or Catalan (the table's first three of a line)
   * that typo tolerance would not reach from it (two letters or more apart); {@code null} if there is none.
   */
  static String equivalent(String given, List<List<String>> groups) {
    for (List<String> group : groups) {
      if (group.contains(given)) {
        for (String name : group.subList(0, Math.min(3, group.size()))) {
          if (!name.contains("-") && !name.equals(given) && !typoOf(name, given)) {
            return name;
          }
        }
      }
    }
    return null;
  }

  /**
   * For a nickname, the first full name of one word it is short for; for a full name, its first nickname of those
   * that stand first for it ({@code bob}, not {@code bert}, for Robert); {@code null} if neither.
   */
  static String nicknameOrFullName(String given, List<List<String>> nicknames) {
    for (List<String> line : nicknames) {
      List<String> names = line.stream().map(name -> name.replace("*", "")).toList();
      if (names.get(0).equals(given)) {
        return names.subList(1, names.size()).stream().filter(name -> !name.contains("+")).findFirst().orElse(null);
      }
    }
    String other = null;
    for (List<String> line : nicknames) {
      List<String> names = line.stream().map(name -> name.replace("*", "")).toList();
      if (names.get(1).equals(given)) {
        return names.get(0);
      }
      if (other == null && names.subList(1, names.size()).contains(given)) {
        other = names.get(0);
      }
    }
    return other;
  }

  /** The initials of {@code givenNames}: {@code J. L.}, or joined, {@code J.L.}. */
  static String initials(List<String> givenNames, boolean spaced) {
    List<String> letters = new ArrayList<>();
    for (String name : givenNames) {
      for (String part : name.split("-")) {
        letters.add(part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".");
      }
    }
    return String.join(spaced ? " " : "", letters);
  }

  private static String capitalised(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** Whether typo tolerance reaches {@code name} from {@code given}: one edit apart, a transposition one edit. */
  private static boolean typoOf(String name, String given) {
    return new CharacterRunAutomaton(new LevenshteinAutomata(given, true).toAutomaton(1)).run(name);
  }

  /** The words of a table of Tilde's core, line by line, comments and blank lines left out. */
  static List<List<String>> lines(String resource) {
    try (InputStream in = NameVariantQueries.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the class path");
      }
      List<List<String>> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(List.of(line.trim().split("\\s+")));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

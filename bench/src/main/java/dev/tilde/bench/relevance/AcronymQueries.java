package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronym groups of the judgments: acronyms the text spells out, found by a fixed procedure that needs nothing
 * of any engine. A definition is an acronym of three to eight capitals in parentheses whose letters are, in order, the
 * first letters of the words just before it in its sentence (short lower-case words such as {@code of}, {@code de}
 * or {@code i} may stand between them and give none): {@code Kosovo Liberation Army (KLA)}, {@code Organizacji
 * Bezpieczeństwa i Współpracy w Europie (OBWE)}. A person's full name, three to five capitalised words, spells out
 * the initials a document writing it also writes in capitals ({@code AMLO}). A document is relevant when it writes
 * the acronym in capitals or holds one of its long forms' folded words in order. The acronyms with 2 to 40 relevant
 * documents are asked, those with the most first (the seeds' persons before all), typed as the acronym and as its
 * long form the most documents write.
 */
final class AcronymQueries {
  static final int PER_GROUP = 25;
  private static final int MIN_DOCS = 2;
  private static final int MAX_DOCS = 40;
  private static final Pattern IN_PARENTHESES = Pattern.compile("\\((\\p{Lu}{3,8})\\)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:!?]\\s");
  private static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{3,8}(?![\\p{L}\\p{N}])");
  private static final Pattern FULL_NAME =
      Pattern.compile("(?<![\\p{L}-])\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){2,4}(?![\\p{L}-])");
  private static final Pattern LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private AcronymQueries() {}

  /** The acronym groups' judgments: the acronym group, then the long-form group. */
  static List<Judgment> judgments(CorpusText text) {
    Map<String, Map<String, Integer>> longForms = new TreeMap<>(); // acronym -> long form as written -> documents
    Set<String> persons = new HashSet<>();
    for (CorpusDocument doc : text.documents()) {
      for (String part : List.of(doc.title(), doc.body())) {
        definitions(part).forEach((acronym, longForm) ->
            longForms.computeIfAbsent(acronym, a -> new LinkedHashMap<>()).merge(longForm, 1, Integer::sum));
      }
      String whole = doc.title() + "\n" + doc.body();
      fullNames(whole).forEach((acronym, name) -> {
        longForms.computeIfAbsent(acronym, a -> new LinkedHashMap<>()).merge(name, 1, Integer::sum);
        if (doc.id().startsWith("seed-")) {
          persons.add(acronym);
        }
      });
    }
    Map<String, List<String>> relevant = new LinkedHashMap<>();
    longForms.forEach((acronym, forms) -> {
      List<String> ids = relevant(text, acronym, forms.keySet());
      if (ids.size() >= MIN_DOCS && ids.size() <= MAX_DOCS) {
        relevant.put(acronym, ids);
      }
    });
    List<String> chosen = relevant.keySet().stream()
        .sorted(Comparator.comparing((String a) -> !persons.contains(a))
            .thenComparing(a -> -relevant.get(a).size()).thenComparing(a -> a))
        .limit(PER_GROUP).toList();
    List<Judgment> all = new ArrayList<>();
    chosen.forEach(a -> all.add(new Judgment(Group.ACRONYM, a, relevant.get(a))));
    chosen.forEach(a -> all.add(new Judgment(Group.ACRONYM_LONG_FORM, mostWritten(longForms.get(a)),
        relevant.get(a))));
    return all;
  }

  /** The long form the most documents write, the first written of those. */
  private static String mostWritten(Map<String, Integer> forms) {
    return forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /** The documents that write {@code acronym} in capitals or hold one of {@code longForms}, in corpus order. */
  private static List<String> relevant(CorpusText text, String acronym, Set<String> longForms) {
    Set<String> ids = new LinkedHashSet<>();
    Pattern written = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(acronym) + "(?![\\p{L}\\p{N}])");
    for (CorpusDocument doc : text.documents()) {
      if (written.matcher(doc.title()).find() || written.matcher(doc.body()).find()) {
        ids.add(doc.id());
      }
    }
    longForms.forEach(longForm -> ids.addAll(text.withRun(Folding.words(longForm))));
    List<String> ordered = new ArrayList<>();
    for (CorpusDocument doc : text.documents()) {
      if (ids.contains(doc.id())) {
        ordered.add(doc.id());
      }
    }
    return ordered;
  }

  /** The acronyms {@code text} defines in parentheses, each with its long form as written. */
  static Map<String, String> definitions(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    Matcher m = IN_PARENTHESES.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      String before = text.substring(0, m.start());
      Matcher end = SENTENCE_END.matcher(before);
      int start = 0;
      while (end.find()) {
        start = end.end();
      }
      String[] words = before.substring(start).trim().split("\\s+");
      String longForm = longForm(acronym, words);
      if (longForm != null) {
        found.putIfAbsent(acronym, longForm);
      }
    }
    return found;
  }

  /** The words at the end of {@code words} whose first letters spell {@code acronym}, joined, or {@code null}. */
  private static String longForm(String acronym, String[] words) {
    int letter = acronym.length() - 1;
    int w = words.length - 1;
    while (w >= 0 && letter >= 0) {
      String word = LETTERS.matcher(words[w]).replaceAll("");
      if (word.isEmpty()) {
        return null;
      }
      boolean connector = word.length() <= 3 && word.equals(word.toLowerCase(java.util.Locale.ROOT));
      String initial = Folding.withoutAccents(word.substring(0, 1)).toUpperCase(java.util.Locale.ROOT);
      if (initial.charAt(0) == acronym.charAt(letter)) {
        letter--;
      } else if (!connector || letter == acronym.length() - 1) {
        return null;
      }
      w--;
    }
    if (letter >= 0) {
      return null;
    }
    return String.join(" ", List.of(words).subList(w + 1, words.length)).replaceAll("[^\\p{L}\\p{N}]+$", "");
  }

  /** The full names {@code text} writes whose initials it also writes in capitals, by initials. */
  static Map<String, String> fullNames(String text) {
    Set<String> capitals = new HashSet<>();
    Matcher caps = CAPITALS.matcher(text);
    while (caps.find()) {
      capitals.add(caps.group());
    }
    Map<String, String> found = new LinkedHashMap<>();
    Matcher name = FULL_NAME.matcher(text);
    while (name.find()) {
      String[] words = name.group().split(" ");
      for (int from = 0; from + 3 <= words.length; from++) {
        StringBuilder initials = new StringBuilder();
        for (int w = from; w < words.length; w++) {
          initials.append(Folding.withoutAccents(words[w].substring(0, 1)));
          if (w - from >= 2 && capitals.contains(initials.toString())) {
            found.putIfAbsent(initials.toString(), String.join(" ", List.of(words).subList(from, w + 1)));
          }
        }
      }
    }
    return found;
  }
}

package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the persons of the judgments in the text, by a fixed procedure: a mention is one of the {@link #TITLES}
 * followed by one to three capitalised words, whose last is the surname (so {@code President Andrés Manuel López
 * Obrador} mentions {@code Obrador}). A surname qualifies when the corpus never writes it in lower case, 3 to 40
 * documents hold it, and the text gives it a personal honorific ({@code Mr}, {@code Mrs}, {@code señor},
 * {@code señora}) once or two different titles. Persons rank by mentions, then surname; given names are the
 * capitalised words the text puts right before the surname most often (titles in any language, words written in
 * lower case and German nouns excluded).
 */
public final class PersonFinder {
  /** The titles and honorifics a mention starts with, the ones users type. */
  public static final List<String> TITLES =
      List.of("Mr", "Mrs", "Commissioner", "Minister", "President", "señor", "señora", "General");
  private static final Set<String> PERSONAL = Set.of("Mr", "Mrs", "señor", "señora");
  /** Capitalised words before a surname that are titles in some language of the corpus, not given names. */
  static final Set<String> NOT_GIVEN_NAMES = Set.of("Mr", "Mrs", "Ms", "Dr", "Sr", "Sra", "Herr", "Herrn",
      "Frau", "Kollege", "Kollegin", "Kommissar", "Kommissarin", "Präsident", "Präsidentin", "Minister",
      "Ministerin", "Botschafter", "Gesandten", "Monsieur", "Madame", "Signor", "Signora", "Senhor", "Senhora",
      "Señor", "Señora", "Don", "Doña", "Panie", "Pani", "Pośle", "Prime", "Premier", "Vice", "Commissioner",
      "President", "Presidente", "Président", "Commissario", "Comisario", "Comissário", "Ministro", "Ministre",
      "General", "Mevrouw", "Heer", "Fru", "Onorevole", "Primo", "Mme");
  private static final String CAPITALISED = "\\p{Lu}\\p{L}+(?:-\\p{Lu}\\p{L}+)?";
  private static final Pattern MENTION = Pattern.compile(
      "(?<!\\p{L})(" + String.join("|", TITLES) + ")((?:\\s+" + CAPITALISED + "){1,3})(?!\\p{L})");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  /** A capitalised word after a German article: a noun ({@code des Berichts}), never a given name. */
  private static final Pattern GERMAN_NOUN = Pattern.compile(
      "(?<!\\p{L})(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)\\s+(\\p{Lu}\\p{L}+)(?![\\p{L}-])");
  /** A given name: capitalised, once more after a hyphen ({@code Jean-Claude}), twelve letters at most. */
  private static final Pattern GIVEN_NAME = Pattern.compile("(?=.{2,13}$)\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?");
  private static final int MIN_DOCS = 3;
  private static final int MAX_DOCS = 40;
  private static final int MIN_LETTERS = 4;

  private final CorpusText text;
  private final Set<String> lowerCaseWords = new HashSet<>();
  private final Set<String> germanNouns = new HashSet<>();

  /** A finder over {@code text}. */
  public PersonFinder(CorpusText text) {
    this.text = text;
    for (CorpusDocument doc : text.documents()) {
      Matcher word = WORD.matcher(doc.title() + "\n" + doc.body());
      while (word.find()) {
        if (Character.isLowerCase(word.group().charAt(0))) {
          lowerCaseWords.add(Folding.folded(word.group()));
        }
      }
      Matcher noun = GERMAN_NOUN.matcher(doc.body());
      while (noun.find()) {
        germanNouns.add(noun.group(1));
      }
    }
  }

  /** Every qualifying person, best mentioned first. */
  public List<Person> persons() {
    Map<String, Map<String, Integer>> titlesBySurname = new TreeMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (CorpusDocument doc : text.documents()) {
      Matcher m = MENTION.matcher(doc.body());
      while (m.find()) {
        String[] run = m.group(2).strip().split("\\s+");
        String surname = run[run.length - 1];
        titlesBySurname.computeIfAbsent(surname, s -> new LinkedHashMap<>()).merge(m.group(1), 1, Integer::sum);
        mentions.merge(surname, 1, Integer::sum);
      }
    }
    List<Person> persons = new ArrayList<>();
    titlesBySurname.forEach((surname, titles) -> {
      if (qualifies(surname, titles)) {
        String title = titles.entrySet().stream()
            .max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(e -> -TITLES.indexOf(e.getKey())))
            .orElseThrow().getKey();
        persons.add(person(surname, title));
      }
    });
    persons.sort(Comparator.comparing((Person p) -> -mentions.get(p.surname())).thenComparing(Person::surname));
    return persons;
  }

  /** The person the text calls {@code surname}, with {@code title} before the name. */
  public Person person(String surname, String title) {
    return new Person(surname, title, givenNames(surname), text.withRun(Folding.words(surname)));
  }

  /** Whether the corpus writes {@code word} only with a capital, and never as a German noun. */
  boolean onlyCapitalised(String word) {
    return !lowerCaseWords.contains(Folding.folded(word)) && !germanNouns.contains(word);
  }

  private boolean qualifies(String surname, Map<String, Integer> titles) {
    List<String> words = Folding.words(surname);
    int docs = text.withRun(words).size();
    return surname.replace("-", "").length() >= MIN_LETTERS && docs >= MIN_DOCS && docs <= MAX_DOCS
        && !TITLES.contains(surname) && !NOT_GIVEN_NAMES.contains(surname)
        && words.stream().noneMatch(lowerCaseWords::contains)
        && (titles.size() >= 2 || titles.keySet().stream().anyMatch(PERSONAL::contains));
  }

  /**
   * Whether {@code word} can be a given name ({@link #GIVEN_NAME}), no title in any part, never written in lower
   * case, never a German noun.
   */
  private boolean givenName(String word) {
    return GIVEN_NAME.matcher(word).matches() && !lowerCaseWords.contains(Folding.folded(word))
        && !germanNouns.contains(word) && List.of(word.split("-")).stream().noneMatch(NOT_GIVEN_NAMES::contains);
  }

  /** The one or two capitalised words right before the surname most often, in the documents that hold it. */
  private List<String> givenNames(String surname) {
    Pattern before = Pattern.compile("(?<!\\p{L})((?:" + CAPITALISED + "\\s+){1,2})" + Pattern.quote(surname)
        + "(?!\\p{L})");
    Map<List<String>, Integer> runs = new HashMap<>();
    Set<String> holding = new HashSet<>(text.withRun(Folding.words(surname)));
    for (CorpusDocument doc : text.documents()) {
      if (!holding.contains(doc.id())) {
        continue;
      }
      Matcher m = before.matcher(doc.body());
      while (m.find()) {
        List<String> run = new ArrayList<>(List.of(m.group(1).strip().split("\\s+")));
        // Only the given names next to the surname: drop everything up to the last word that is not one.
        for (int i = run.size() - 1; i >= 0; i--) {
          if (!givenName(run.get(i))) {
            run = new ArrayList<>(run.subList(i + 1, run.size()));
            break;
          }
        }
        if (!run.isEmpty()) {
          runs.merge(List.copyOf(run), 1, Integer::sum);
        }
      }
    }
    return runs.entrySet().stream()
        .max(Map.Entry.<List<String>, Integer>comparingByValue()
            .thenComparing(e -> e.getKey().size())
            .thenComparing(e -> String.join(" ", e.getKey()), Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(List.of());
  }
}

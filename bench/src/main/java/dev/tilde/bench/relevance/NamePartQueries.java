package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The groups of a name typed with fewer or more of its parts than the text writes. Particles: a name the text
 * writes with a particle or conjunction inside ({@code Méndez de Vigo}, {@code Romeva i Rueda}, {@code Karl von
 * Wogau}, after a title or with a given name of Tilde's table first), typed without it ({@code Méndez Vigo});
 * relevant, the documents with the name either way. Surnames: a name the text writes as one or two given names of
 * Tilde's table and two surnames ({@code Josep Borrell Fontelles}), typed whole, with the first surname only, or with
 * the second only; relevant, the documents that name the person with both surnames, or with the given names and
 * either surname. Names are best mentioned first.
 */
final class NamePartQueries {
  static final int PER_GROUP = 30;
  private static final String PARTICLE =
      "(?:de|van|von) (?:la|las|los|der|den)|da|das|de|del|di|do|dos|du|e|i|van|von|y|zu";
  private static final String NAME = "\\p{Lu}\\p{Ll}{2,}";
  private static final String HYPHENATED = NAME + "(?:-" + NAME + ")?";
  private static final Pattern WITH_PARTICLE = Pattern.compile("(?<![\\p{L}-])(?:(\\p{L}+)\\s+)?(" + NAME
      + ")\\s+(" + PARTICLE + ")\\s+(" + NAME + ")(?![\\p{L}-])");
  private static final Pattern TWO_SURNAMES = Pattern.compile("(?<![\\p{L}-])((?:" + HYPHENATED + "\\s+){1,2})("
      + HYPHENATED + ")\\s+(" + HYPHENATED + ")(?![\\p{L}-]|\\s+\\p{Lu})");

  private final CorpusText text;
  private final PersonFinder finder;
  private final Set<String> givenNames = new HashSet<>();
  private final Set<String> titles = new HashSet<>();

  private NamePartQueries(CorpusText text, PersonFinder finder) {
    this.text = text;
    this.finder = finder;
    NameVariantQueries.lines(NameVariantQueries.GIVEN_NAMES).forEach(givenNames::addAll);
    PersonFinder.TITLES.forEach(title -> titles.add(title.toLowerCase(Locale.ROOT)));
    PersonFinder.NOT_GIVEN_NAMES.forEach(title -> titles.add(title.toLowerCase(Locale.ROOT)));
  }

  /** Both groups' judgments over {@code text}. */
  static List<Judgment> judgments(CorpusText text, PersonFinder finder) {
    NamePartQueries queries = new NamePartQueries(text, finder);
    List<Judgment> all = new ArrayList<>(queries.particles());
    all.addAll(queries.surnames());
    return all;
  }

  private boolean name(String word) {
    return finder.onlyCapitalised(word) && !titles.contains(word.toLowerCase(Locale.ROOT));
  }

  private boolean givenName(String word) {
    return List.of(Folding.folded(word).split("-")).stream().allMatch(givenNames::contains);
  }

  private List<Judgment> particles() {
    Map<String, Set<List<String>>> runs = new LinkedHashMap<>();
    for (CorpusDocument doc : text.documents()) {
      Matcher m = WITH_PARTICLE.matcher(doc.body());
      while (m.find()) {
        boolean titled = m.group(1) != null && titles.contains(m.group(1).toLowerCase(Locale.ROOT));
        if ((titled || givenName(m.group(2))) && name(m.group(2)) && name(m.group(4))) {
          List<String> run = Folding.words(m.group(2) + " " + m.group(3) + " " + m.group(4));
          runs.computeIfAbsent(m.group(2) + " " + m.group(4), name -> new LinkedHashSet<>()).add(run);
        }
      }
    }
    List<Judgment> judged = new ArrayList<>();
    runs.forEach((typed, written) -> {
      List<List<String>> either = new ArrayList<>(written);
      either.add(Folding.words(typed));
      judged.add(new Judgment(Group.NAME_PARTICLES, typed, text.withAnyRun(either)));
    });
    return best(judged);
  }

  private List<Judgment> surnames() {
    Map<List<String>, List<String>> names = new LinkedHashMap<>();
    for (CorpusDocument doc : text.documents()) {
      Matcher m = TWO_SURNAMES.matcher(doc.body());
      while (m.find()) {
        List<String> given = List.of(m.group(1).strip().split("\\s+"));
        String first = m.group(2);
        String second = m.group(3);
        if (given.stream().allMatch(this::givenName) && given.stream().allMatch(this::name)
            && !givenName(first) && !givenName(second) && name(first) && name(second)) {
          List<String> name = new ArrayList<>(given);
          name.add(first);
          name.add(second);
          names.putIfAbsent(Folding.words(String.join(" ", name)), name);
        }
      }
    }
    List<Judgment> judged = new ArrayList<>();
    List<List<Judgment>> byPerson = new ArrayList<>();
    names.forEach((folded, name) -> {
      List<String> given = name.subList(0, name.size() - 2);
      String first = name.get(name.size() - 2);
      String second = name.get(name.size() - 1);
      List<String> both = Folding.words(first + " " + second);
      if (text.withRun(both).size() < 2) {
        return; // a person the text names in full more than once
      }
      String typedGiven = String.join(" ", given);
      List<String> person = text.withAnyRun(List.of(both, Folding.words(typedGiven + " " + first),
          Folding.words(typedGiven + " " + second)));
      byPerson.add(List.of(new Judgment(Group.NAME_SURNAMES, typedGiven + " " + first + " " + second, person),
          new Judgment(Group.NAME_SURNAMES, typedGiven + " " + first, person),
          new Judgment(Group.NAME_SURNAMES, typedGiven + " " + second, person)));
    });
    byPerson.sort(Comparator.comparing((List<Judgment> person) -> -person.get(0).relevant().size())
        .thenComparing(person -> person.get(0).query()));
    Set<String> queries = new HashSet<>();
    for (List<Judgment> person : byPerson) {
      for (Judgment j : person) {
        if (judged.size() < PER_GROUP && queries.add(j.query())) {
          judged.add(j);
        }
      }
    }
    return judged;
  }

  /** The {@link #PER_GROUP} judgments with the most relevant documents, then by query. */
  private static List<Judgment> best(List<Judgment> judged) {
    return judged.stream().sorted(Comparator.comparing((Judgment j) -> -j.relevant().size())
        .thenComparing(Judgment::query)).limit(PER_GROUP).toList();
  }
}

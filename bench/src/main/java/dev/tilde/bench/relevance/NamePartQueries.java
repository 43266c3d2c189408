package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * the second only; relevant, the documents that name the person with both surnames, or with the given names and the
 * surname typed. Names are best mentioned first.
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
    Map<List<String>, List<String>> typed = new LinkedHashMap<>();
    for (CorpusDocument doc : text.documents()) {
      Matcher m = WITH_PARTICLE.matcher(doc.body());
      while (m.find()) {
        boolean titled = m.group(1) != null && titles.contains(m.group(1).toLowerCase(Locale.ROOT));
        if ((titled || givenName(m.group(2))) && name(m.group(2)) && name(m.group(4))) {
          typed.putIfAbsent(Folding.words(m.group()).subList(m.group(1) == null ? 0 : 1,
              Folding.words(m.group()).size()), List.of(m.group(2), m.group(4)));
        }
      }
    }
    List<Judgment> judged = new ArrayList<>();
    typed.forEach((run, name) -> {
      List<String> without = List.of(run.get(0), run.get(run.size() - 1));
      judged.add(new Judgment(Group.NAME_PARTICLES, String.join(" ", name), text.withAnyRun(List.of(run, without))));
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
      List<String> byFirst = text.withAnyRun(List.of(both, Folding.words(String.join(" ", given) + " " + first)));
      List<String> bySecond = text.withAnyRun(List.of(both, Folding.words(String.join(" ", given) + " " + second)));
      String typedGiven = String.join(" ", given);
      byPerson.add(List.of(new Judgment(Group.NAME_SURNAMES, typedGiven + " " + first + " " + second, byFirst),
          new Judgment(Group.NAME_SURNAMES, typedGiven + " " + first, byFirst),
          new Judgment(Group.NAME_SURNAMES, typedGiven + " " + second, bySecond)));
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

package dev.tilde.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The committed judgments against the real text (the seeds and all of Europarl): enough queries in every group,
 * issue 14's four among them, and every answer what the text says, found here by plain string search.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class JudgmentsTest {
  private static final List<Judgment> judgments = Judgments.standard();
  private static List<CorpusDocument> docs;
  /** Each document's title and body as folded words joined by one space, padded with a space each side. */
  private static final Map<String, String[]> folded = new HashMap<>();

  @BeforeAll
  static void readCorpus() throws Exception {
    docs = RelevanceCorpus.documents(Path.of(System.getProperty("tilde.seeds", "../seeds")),
        Relevance.EUROPARL_LINES);
    for (CorpusDocument doc : docs) {
      folded.put(doc.id(), new String[] {padded(Folding.words(doc.title())), padded(Folding.words(doc.body()))});
    }
  }

  private static String padded(List<String> words) {
    return " " + String.join(" ", words) + " ";
  }

  /** The ids of the documents whose title or body holds {@code words}' folded words side by side. */
  private static List<String> holding(String words) {
    String run = padded(Folding.words(words));
    List<String> ids = new ArrayList<>();
    for (CorpusDocument doc : docs) {
      String[] text = folded.get(doc.id());
      if (text[0].contains(run) || text[1].contains(run)) {
        ids.add(doc.id());
      }
    }
    return ids;
  }

  @Test
  void theCorpusIsTheFiveSeedsAndEveryEuroparlLine() {
    assertThat(docs).hasSize(5 + Relevance.EUROPARL_LINES);
    assertThat(docs.subList(0, 5)).allMatch(d -> d.id().startsWith("seed-") && !d.title().isBlank());
  }

  @Test
  void holdsAtLeastTwoHundredQueriesInEveryGroupWithTwentyOrMoreEach() {
    Map<Group, Integer> sizes = new EnumMap<>(Group.class);
    judgments.forEach(j -> sizes.merge(j.group(), 1, Integer::sum));

    assertThat(judgments).hasSizeGreaterThanOrEqualTo(200);
    assertThat(sizes.keySet()).containsExactlyInAnyOrder(Group.values());
    assertThat(sizes.values()).allMatch(n -> n >= 20);
    assertThat(judgments).allMatch(j -> !j.relevant().isEmpty());
  }

  @Test
  void asksIssue14sFourQueriesWithEveryDocumentThatMentionsThePerson() {
    Map<String, String> issue = Map.of("Minister Moratinos", "Moratinos", "señor Varela", "Varela",
        "Mr Pittella", "Pittella", "Commissioner Kyprianou", "Kyprianou");
    issue.forEach((query, surname) -> {
      Judgment judged = judgments.stream().filter(j -> j.query().equals(query)).findFirst().orElseThrow();
      assertThat(judged.group()).isEqualTo(Group.NAME_TITLE);
      assertThat(judged.relevant()).isEqualTo(holding(surname)).hasSizeGreaterThanOrEqualTo(3);
    });
  }

  @Test
  void everyPersonsAnswersAreTheDocumentsHoldingTheSurname() {
    List<Judgment> surnames = judgments.stream().filter(j -> j.group() == Group.NAME_SURNAME).toList();
    for (Judgment j : surnames) {
      assertThat(j.relevant()).as(j.query()).isEqualTo(holding(j.query())).hasSizeBetween(3, 40);
    }
    // Every other way of typing a person has the answers of one of the surnames; a person typed with another form of
    // a given name, the documents that name them with the text's own given name: some of those holding the surname.
    List<List<String>> answers = surnames.stream().map(Judgment::relevant).toList();
    Set<Group> givenNameForms = EnumSet.of(Group.NAME_GIVEN_EQUIVALENT, Group.NAME_NICKNAME, Group.NAME_INITIALS);
    Set<Group> nameParts = EnumSet.of(Group.NAME_PARTICLES, Group.NAME_SURNAMES, Group.NAME_PORTUGUESE_CATALAN);
    assertThat(judgments.stream().filter(j -> j.group().person() && j.group() != Group.NAME_HYPHENATED
        && !givenNameForms.contains(j.group()) && !nameParts.contains(j.group())))
        .allMatch(j -> answers.contains(j.relevant()));
    for (Judgment j : judgments.stream().filter(j -> givenNameForms.contains(j.group())).toList()) {
      List<String> holdingSurname = holding(j.query().substring(j.query().lastIndexOf(' ') + 1));
      assertThat(holdingSurname).as(j.query()).containsAll(j.relevant()).hasSizeGreaterThan(j.relevant().size());
      assertThat(j.relevant()).as(j.query()).isNotEmpty();
    }
    for (Judgment j : judgments.stream().filter(j -> j.group() == Group.NAME_HYPHENATED).toList()) {
      assertThat(j.relevant()).as(j.query()).isEqualTo(holding(j.query()));
    }
  }

  @Test
  void aNameTypedWithoutItsParticleOrWithSomeSurnamesIsAnsweredByTheDocumentsNamingThePerson() {
    for (Judgment j : judgments.stream().filter(j -> j.group() == Group.NAME_PARTICLES).toList()) {
      // "Méndez Vigo": the documents with "Méndez de Vigo", or "Méndez Vigo" if any.
      List<String> words = Folding.words(j.query());
      assertThat(words).as(j.query()).hasSize(2);
      Pattern name = Pattern.compile(" " + words.get(0) + " (?:[a-z]{1,3} ){1,2}" + words.get(1) + " ");
      List<String> written = docs.stream().filter(d -> name.matcher(folded.get(d.id())[0]).find()
          || name.matcher(folded.get(d.id())[1]).find()).map(CorpusDocument::id).toList();
      assertThat(written).as(j.query()).containsAll(j.relevant().stream().filter(id -> !holding(j.query())
          .contains(id)).toList());
      assertThat(j.relevant()).as(j.query()).containsAll(holding(j.query())).isNotEmpty();
    }
    for (Judgment j : judgments.stream().filter(j -> j.group() == Group.NAME_PORTUGUESE_CATALAN).toList()) {
      assertThat(j.relevant()).as(j.query()).isEqualTo(holding(j.query())).isNotEmpty();
    }
    // "Josep Borrell Fontelles", "Josep Borrell", "Josep Fontelles": one person's answers, the documents that name
    // them by both surnames, or by the given names and either surname.
    Map<List<String>, List<Judgment>> byPerson = new HashMap<>();
    judgments.stream().filter(j -> j.group() == Group.NAME_SURNAMES)
        .forEach(j -> byPerson.computeIfAbsent(j.relevant(), r -> new ArrayList<>()).add(j));
    for (List<Judgment> person : byPerson.values()) {
      person.forEach(j -> assertThat(j.relevant()).as(j.query()).containsAll(holding(j.query())));
      if (person.size() < 3) {
        continue; // a query another person of the group asked first
      }
      List<String> full = List.of(person.stream().map(Judgment::query)
          .max(Comparator.comparingInt(q -> q.split(" ").length)).orElseThrow().split(" "));
      String given = String.join(" ", full.subList(0, full.size() - 2));
      String first = full.get(full.size() - 2);
      String second = full.get(full.size() - 1);
      Set<String> naming = new HashSet<>(holding(first + " " + second));
      naming.addAll(holding(given + " " + first));
      naming.addAll(holding(given + " " + second));
      List<String> expected = docs.stream().map(CorpusDocument::id).filter(naming::contains).toList();
      assertThat(person).allSatisfy(j -> assertThat(j.relevant()).as(j.query()).isEqualTo(expected));
    }
  }

  @Test
  void aSoundAlikeSpellingIsNoDocumentsWordAndFindsTheSurnamesDocuments() {
    List<Judgment> soundAlike = judgments.stream().filter(j -> j.group() == Group.NAME_SOUND_ALIKE).toList();
    Map<List<String>, String> surnames = new HashMap<>();
    judgments.stream().filter(j -> j.group() == Group.NAME_SURNAME).forEach(j -> surnames.put(j.relevant(), j.query()));
    for (Judgment j : soundAlike) {
      assertThat(holding(j.query())).as(j.query()).isEmpty();
      String surname = surnames.get(j.relevant());
      assertThat(surname).as(j.query()).isNotNull();
      assertThat(SoundAlikeQueries.respellings(surname)).as(j.query()).contains(j.query());
    }
  }

  @Test
  void topicsAndPhrasesAreAnsweredByTheDocumentsHoldingTheirWords() {
    for (Judgment j : judgments) {
      switch (j.group()) {
        case TOPIC_WORD -> assertThat(j.relevant()).as(j.query()).isEqualTo(holding(j.query()));
        case PHRASE -> assertThat(j.relevant()).as(j.query()).isEqualTo(holding(j.query().replace("\"", "")));
        case TOPIC_WORDS -> {
          String[] words = j.query().split(" ");
          List<String> both = new ArrayList<>(holding(words[0]));
          both.retainAll(holding(words[1]));
          assertThat(j.relevant()).as(j.query()).isEqualTo(both);
        }
        default -> { }
      }
    }
  }

  @Test
  void aKnownItemIsTheOneDocumentWithThatTitle() {
    Map<String, CorpusDocument> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    for (Judgment j : judgments.stream().filter(j -> j.group().knownItem()).toList()) {
      assertThat(j.relevant()).hasSize(1);
      String title = byId.get(j.relevant().get(0)).title();
      assertThat(Folding.words(j.query())).as(j.query()).containsExactlyInAnyOrderElementsOf(Folding.words(title));
      String foldedTitle = padded(Folding.words(title));
      assertThat(docs.stream().filter(d -> folded.get(d.id())[0].equals(foldedTitle))).hasSize(1);
      if (j.group() == Group.KNOWN_ITEM) {
        assertThat(j.query()).isEqualTo(title);
      }
    }
  }
}

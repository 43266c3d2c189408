package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scoring model on all of Europarl (17,597 documents in many languages): the right person first when a query
 * carries a title or honorific next to the name, and words in order boosted also through a typo. Which documents
 * mention a person is read from the text itself.
 */
class RankingTest {
  /** Honorific or title and surname, as users type them; each surname is in 3 to 40 documents. */
  private static final List<String> TITLED_NAMES = List.of("Minister Moratinos", "señor Varela", "Mr Pittella",
      "Commissioner Kyprianou", "Mrs Reding", "Mr Bolkestein", "señora Palacio", "Mrs Fontaine", "Mr Crowley",
      "President Chirac");

  private static final Set<String> GIVEN_NAMES = Set.of("Tony", "Anne", "Richard", "Brian", "Nicole");

  private static TildeIndex index;
  private static final Map<String, String> FOLDED_TEXT = new HashMap<>();

  @BeforeAll
  static void open() throws IOException {
    index = TildeIndex.open(TestIndexes.seedsAndEuroparl());
    for (TildeDocument doc : Europarl.documents()) {
      FOLDED_TEXT.put(doc.id(), folded(doc.title() + "\n" + doc.body()));
    }
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void everyDocumentMentioningThePersonRanksInTheTopTenDespiteACommonTitleWord() {
    for (String query : List.of("Minister Moratinos", "señor Varela", "Mr Pittella", "Commissioner Kyprianou")) {
      Set<String> mentioning = mentioning(surname(query));
      assertThat(mentioning).as(query).hasSizeBetween(3, 10);

      assertThat(ids(query, 10)).as(query).containsAll(mentioning);
    }
  }

  @Test
  void aTitleOrHonorificAloneNeverOutranksTheNameBesideIt() {
    for (String query : TITLED_NAMES) {
      Set<String> mentioning = mentioning(surname(query));
      assertThat(lastWithNameRanksAboveFirstWithout(query, mentioning)).as(query).isTrue();
    }
  }

  @Test
  void anotherPersonsGivenNameNeverOutranksTheSurname() {
    // Each given name is rarer than, or about as rare as, the surname: "Anne" and "Ferreira" are each in 10
    // documents, "Tony" in 16 and "Blair" in 36. Typed in either order.
    for (String query : List.of("Tony Blair", "Anne Ferreira", "Richard Howitt", "Brian Crowley",
        "Nicole Fontaine", "Blair Tony", "Ferreira Anne")) {
      String surname = GIVEN_NAMES.contains(surname(query)) ? query.substring(0, query.indexOf(' ')) : surname(query);
      assertThat(lastWithNameRanksAboveFirstWithout(query, mentioning(surname))).as(query).isTrue();
    }
  }

  @Test
  void wordsInOrderEarnTheirBoostAlsoThroughATypo() {
    // "Lopez Obrdaor": Obrdaor is in no document; the seeds have "López Obrador" next to each other.
    Map<String, Float> inOrder = scores("Lopez Obrdaor");
    Map<String, Float> reversed = scores("Obrdaor Lopez");

    List<String> seeds = inOrder.keySet().stream().filter(id -> !id.startsWith("europarl-")).toList();
    assertThat(seeds).hasSize(5);
    for (String seed : seeds) {
      assertThat(inOrder.get(seed)).as(seed).isGreaterThan(reversed.get(seed) * 1.1f);
    }
  }

  /** Whether, in {@code query}'s top 100, every document of {@code mentioning} ranks above every other one. */
  private static boolean lastWithNameRanksAboveFirstWithout(String query, Set<String> mentioning) {
    List<String> ranked = ids(query, 100);
    int lastWithName = -1;
    int firstWithout = ranked.size();
    for (int i = 0; i < ranked.size(); i++) {
      if (mentioning.contains(ranked.get(i))) {
        lastWithName = i;
      } else {
        firstWithout = Math.min(firstWithout, i);
      }
    }
    return lastWithName < firstWithout && ranked.containsAll(mentioning);
  }

  private static Set<String> mentioning(String surname) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(folded(surname)) + "\\b");
    return FOLDED_TEXT.entrySet().stream().filter(e -> word.matcher(e.getValue()).find()).map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static String surname(String query) {
    return query.substring(query.lastIndexOf(' ') + 1);
  }

  private static List<String> ids(String query, int limit) {
    return index.search(query, SearchOptions.defaults().withLimit(limit).withSnippets(0)).hits().stream()
        .map(Hit::id).toList();
  }

  private static Map<String, Float> scores(String query) {
    return index.search(query, SearchOptions.defaults().withLimit(50).withSnippets(0)).hits().stream()
        .collect(Collectors.toMap(hit -> hit.id().replaceAll(".*/", ""), Hit::score));
  }

  private static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}

package dev.tilde.opensearch.client;

import static dev.tilde.opensearch.client.ClusterHighlights.CLOSE;
import static dev.tilde.opensearch.client.ClusterHighlights.OPEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import dev.tilde.search.Snippet;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster's highlighter answers read back into snippets as the local highlighter makes them. */
class ClusterHighlightsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String marked(String text, String... words) {
    for (String word : words) {
      text = text.replace(word, OPEN + word + CLOSE);
    }
    return text;
  }

  @Test
  void foldsSpaceAndJoinsAdjacentMarksOfAPassage() {
    ObjectNode highlight = JSON.createObjectNode();
    highlight.putArray("body").add(marked("  President Andrés  Manuel\nLópez met Harris. ", "Andrés", "Manuel", "López",
        "Harris"));

    List<Snippet> snippets = ClusterHighlights.snippets(highlight, 3);

    assertThat(snippets).hasSize(1);
    assertThat(snippets.get(0).text()).isEqualTo("President Andrés Manuel López met Harris.");
    assertThat(snippets.get(0).marked("<mark>", "</mark>"))
        .isEqualTo("President <mark>Andrés Manuel López</mark> met <mark>Harris</mark>.");
  }

  @Test
  void joinsThePassagesOfTheBodyAndItsStemmedCopiesThatHaveTheSameText() {
    String sentence = "Harris spoke about the root causes of migration while migrants waited at the border.";
    ObjectNode highlight = JSON.createObjectNode();
    highlight.putArray("body").add(marked(sentence, "Harris"));
    highlight.putArray("body_en").add(marked(sentence, "migration", "migrants"))
        .add(marked("Migrating families crossed.", "Migrating"));

    List<Snippet> snippets = ClusterHighlights.snippets(highlight, 3);

    assertThat(snippets).extracting(snippet -> snippet.marked("[", "]")).containsExactly(
        "[Harris] spoke about the root causes of [migration] while [migrants] waited at the border.",
        "[Migrating] families crossed.");
    assertThat(ClusterHighlights.snippets(highlight, 1)).hasSize(1);
  }

  @Test
  void showsTheFirstSentencesOfATextWithoutMatchesCroppedLikeLocalSnippets() {
    String longSentence = "Vice President Kamala Harris visited with Mexico’s President Andrés Manuel López Obrador on"
        + " Tuesday, kicking off a series of meetings in Mexico City to close out her trip to Central America, as she"
        + " continues to work on the root causes of migration toward the U.S.";
    ObjectNode highlight = JSON.createObjectNode();
    highlight.putArray("body").add(longSentence + " She met him at the palace. Then she flew home.");

    List<Snippet> snippets = ClusterHighlights.snippets(highlight, 2);

    assertThat(snippets).hasSize(2);
    assertThat(snippets.get(0).matches()).isEmpty();
    assertThat(snippets.get(0).text()).startsWith("Vice President Kamala Harris").endsWith(" …")
        .hasSizeLessThan(longSentence.length());
    assertThat(snippets.get(1).text()).isEqualTo("She met him at the palace.");
  }

  @Test
  void asksTheClusterToMarkTheBodyTermsOfWordsScoredOverTitleAndBodyAsOneField() throws IOException {
    // A phrase in the query (the words in order) makes the cluster's highlighter read terms only from the queries
    // it knows, which a CombinedFieldQuery is not: its body terms are asked for beside the search's query.
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      ClusterHighlights.writeRequest(2, new QueryBuilder(TildeAnalysis.standard()).build("Lopez Garrido -Biden").query(),
          search -> search.writeRawValue("{\"tilde\":{\"query\":\"Lopez Garrido -Biden\"}}"), json);
      json.writeEndObject();
    }

    JsonNode should = JSON.readTree(out.toString()).path("highlight").path("highlight_query").path("bool")
        .path("should");
    assertThat(should.get(0).path("tilde").path("query").asText()).isEqualTo("Lopez Garrido -Biden");
    List<String> terms = new ArrayList<>();
    for (int i = 1; i < should.size(); i++) {
      should.get(i).path("term").properties().forEach(term -> terms.add(term.getKey() + ":" + term.getValue().asText()));
    }
    assertThat(terms).containsExactly("body:garrido", "body:lopez");
  }

  @Test
  void showsAStemmedCopysMatchesWhenTheBodyHasNone() {
    // "comisiones" finds "Comisión" only through the Spanish stem: the body sends its first sentences unmarked.
    ObjectNode highlight = JSON.createObjectNode();
    highlight.putArray("body").add("Es esa una actitud que mi grupo desea. A pesar de ello, nada.");
    highlight.putArray("body_es").add(marked("Es esa una actitud que mi grupo desea que adopten el Consejo y la Comisión.",
        "Comisión"));

    List<Snippet> snippets = ClusterHighlights.snippets(highlight, 2);

    assertThat(snippets).hasSize(1);
    assertThat(snippets.get(0).marked("[", "]")).endsWith("el Consejo y la [Comisión].");
  }
}

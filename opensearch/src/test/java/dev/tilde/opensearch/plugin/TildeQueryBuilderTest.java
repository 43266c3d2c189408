package dev.tilde.opensearch.plugin;


import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensearch.common.io.stream.BytesStreamOutput;
import org.opensearch.core.common.ParsingException;
import org.opensearch.core.common.Strings;
import org.opensearch.core.xcontent.DeprecationHandler;
import org.opensearch.core.xcontent.MediaTypeRegistry;
import org.opensearch.core.xcontent.NamedXContentRegistry;
import org.opensearch.core.xcontent.XContentParser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@code tilde} query as a search request spells it and as nodes send it to each other. */
class TildeQueryBuilderTest {
  private static TildeQueryBuilder parse(String json) throws IOException {
    try (XContentParser parser = MediaTypeRegistry.JSON.xContent().createParser(NamedXContentRegistry.EMPTY,
        DeprecationHandler.THROW_UNSUPPORTED_OPERATION, json)) {
      parser.nextToken(); // the query's opening brace, where OpenSearch hands it over
      return TildeQueryBuilder.fromXContent(parser);
    }
  }

  @Test
  void readsTheTextAloneWithEveryFieldAndEachShardDecidingWhichWordsAreTypos() throws IOException {
    TildeQueryBuilder query = parse("{\"query\": \"lopez obrador\"}");

    assertThat(query).isEqualTo(new TildeQueryBuilder("lopez obrador", List.of("title", "body"), null, List.of()));
    assertThat(Strings.toString(MediaTypeRegistry.JSON, query))
        .isEqualTo("{\"tilde\":{\"query\":\"lopez obrador\",\"fields\":[\"title\",\"body\"],\"boost\":1.0}}");
  }

  @Test
  void writesWhatItReadsAndSendsItToOtherNodesUnchanged() throws IOException {
    TildeQueryBuilder query = parse("{\"query\": \"Obrdaor, Andrés\", \"fields\": [\"title\"],"
        + " \"unknown_words\": [\"obrdaor\"], \"common_words\": [\"andres\"], \"aliases\": [\"Peje, AMLO\"],"
        + " \"acronyms\": [\"kla=kosovo liberation army\"], \"boost\": 2.5, \"_name\": \"names\"}");
    assertThat(Strings.toString(MediaTypeRegistry.JSON, query))
        .contains("\"acronyms\":[\"kla=kosovo liberation army\"]");

    assertThat(parse(Strings.toString(MediaTypeRegistry.JSON, query).replaceFirst("^\\{\"tilde\":", "")
        .replaceFirst("}$", ""))).isEqualTo(query);
    try (BytesStreamOutput out = new BytesStreamOutput()) {
      query.writeTo(out);
      TildeQueryBuilder sent = new TildeQueryBuilder(out.bytes().streamInput());
      assertThat(sent).isEqualTo(query);
      assertThat(sent.boost()).isEqualTo(2.5f);
      assertThat(sent.queryName()).isEqualTo("names");
    }
  }

  @Test
  void refusesWhatItDoesNotTakeInOneClearLine() {
    assertThatThrownBy(() -> parse("{\"fields\": [\"body\"]}"))
        .isInstanceOf(ParsingException.class).hasMessage("[tilde] needs a [query]");
    assertThatThrownBy(() -> parse("{\"query\": \"harris\", \"fields\": [\"lang\"]}"))
        .isInstanceOf(ParsingException.class)
        .hasMessage("[tilde] [fields] must be some of [title, body], got [lang]");
    assertThatThrownBy(() -> parse("{\"query\": \"harris\", \"fuzziness\": 2}"))
        .isInstanceOf(ParsingException.class).hasMessage("[tilde] does not take [fuzziness] here");
    assertThatThrownBy(() -> parse("{\"query\": \"harris\", \"unknown_words\": [1]}"))
        .isInstanceOf(ParsingException.class).hasMessage("[tilde] takes lists of strings only");
  }
}

package dev.tilde.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.analysis.Token;
import dev.tilde.indexer.IndexSummary;
import dev.tilde.opensearch.client.LoadSummary;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class JsonEscapesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** What a terminal acts on, and the line separators: none may be written raw, even inside a JSON string. */
  private static final Pattern RAW = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F\\u202A-\\u202E\\u2066-\\u2069\\u2028\\u2029]");
  private static final String HOSTILE = "a\u202Eb\u2066c\u2069d\u009b31me\u0085f\u007fg\u001b]0;x\u0007h\u2028i";

  @Test
  void everyActiveCharacterIsEscapedAndParsesBackToItself() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x3000; c++) {
      all.append(c);
    }
    StringWriter out = new StringWriter();

    JsonOutput.line(out, json -> json.writeString(all.toString()));

    assertThat(RAW.matcher(out.toString().stripTrailing()).find()).isFalse();
    assertThat(out.toString()).contains("\\u202E", "\\u009B", "\\u0085", "\\u007F", "\\u2066").contains("\u00f3\u00f4");
    assertThat(JSON.readTree(out.toString()).asText()).isEqualTo(all.toString());
  }

  @Test
  void loadSummaryFailuresAreEscaped() throws Exception {
    LoadSummary summary = new LoadSummary("http://127.0.0.1:9200/news", true, 1,
        List.of(new IndexSummary.Failure("feed.jsonl:3 (id " + HOSTILE + ")", "refused: " + HOSTILE)), 1, null, 1,
        0.5);
    StringWriter out = new StringWriter();

    LoadSummaryWriter.writeJson(summary, out);

    assertThat(RAW.matcher(out.toString().stripTrailing()).find()).isFalse();
    JsonNode failure = JSON.readTree(out.toString()).get("failures").get(0);
    assertThat(failure.get("source").asText()).isEqualTo("feed.jsonl:3 (id " + HOSTILE + ")");
    assertThat(failure.get("reason").asText()).isEqualTo("refused: " + HOSTILE);
  }

  @Test
  void analyzedTokensAreEscaped() throws Exception {
    StringWriter out = new StringWriter();

    JsonTokensWriter.write(Map.of("keyword", List.of(new Token(HOSTILE, 0, 1, 0, 20, "word"))), out);

    assertThat(RAW.matcher(out.toString().stripTrailing()).find()).isFalse();
    assertThat(JSON.readTree(out.toString()).get("keyword").get(0).get("term").asText()).isEqualTo(HOSTILE);
  }
}

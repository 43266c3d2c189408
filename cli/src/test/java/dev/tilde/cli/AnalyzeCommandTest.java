package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {
  @Test
  void printsEveryChainWithPositionsOffsetsAndTypes() {
    CliRun run = CliRun.of("analyze", "López-Obrador's");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .contains("text (title, body)", "english (body_en)", "spanish (body_es)", "query (query)")
        .containsPattern("0\\s+1\\s+0\\s+5\\s+<ALPHANUM>\\s+lópez")
        .containsPattern("1\\s+1\\s+6\\s+15\\s+<ALPHANUM>\\s+obrador");
  }

  @Test
  void jsonListsTheTokensOfOneField() throws Exception {
    CliRun run = CliRun.of("analyze", "--field", "body_es", "--json", "comisiones");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames()).toIterable().containsExactly("spanish");
    JsonNode token = json.get("spanish").get(0);
    assertThat(token.get("term").asText()).isEqualTo("comision");
    assertThat(token.get("start_offset").asInt()).isZero();
    assertThat(token.get("end_offset").asInt()).isEqualTo(10);
  }

  @Test
  void queryChainShowsAliases() throws Exception {
    JsonNode json = new ObjectMapper().readTree(CliRun.of("analyze", "--field", "query", "--json", "AMLO").out());

    List<String> terms = new ArrayList<>();
    json.get("query").forEach(t -> terms.add(t.get("term").asText()));
    assertThat(terms).contains("amlo", "andres", "manuel", "lopez", "obrador");
  }

  @Test
  void unknownFieldIsOneErrorLine() {
    CliRun run = CliRun.of("analyze", "--field", "nope", "text");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith(
        "tilde: no analysed field 'nope'; one of: title, body, body_en, body_es, name_sounds, acronyms, query");
  }
}

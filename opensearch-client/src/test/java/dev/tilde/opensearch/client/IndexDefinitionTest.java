package dev.tilde.opensearch.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexDefinitionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mapsEverySchemaFieldWithTheChainItIsIndexedAndSearchedWith() throws IOException {
    TildeAnalysis analysis = TildeAnalysis.standard();
    JsonNode definition = JSON.readTree(IndexDefinition.json(analysis, 2, 1));
    JsonNode properties = definition.path("mappings").path("properties");

    assertThat(definition.path("settings").path("index").path("number_of_shards").asInt()).isEqualTo(2);
    assertThat(definition.path("settings").path("index").path("number_of_replicas").asInt()).isEqualTo(1);
    assertThat(definition.path("mappings").path("dynamic").asText()).isEqualTo("strict");
    for (TildeField field : TildeField.values()) {
      JsonNode mapping = properties.path(field.fieldName());
      assertThat(mapping.isObject()).as(field.fieldName()).isTrue();
      if (field.kind() == TildeField.Kind.LEARNED) {
        // Terms looked up by an aggregation, never scored nor kept in the source.
        assertThat(mapping.path("type").asText()).isEqualTo("text");
        assertThat(mapping.path("index_options").asText()).isEqualTo("docs");
        assertThat(mapping.path("fielddata").asBoolean()).isTrue();
        assertThat(mapping.path("analyzer").asText())
            .isEqualTo(IndexDefinition.analyzerName(analysis.chainsByField().get(field.fieldName())));
        assertThat(definition.path("mappings").path("_source").path("excludes").toString())
            .contains(field.fieldName());
      } else if (field.kind().analysed()) {
        assertThat(mapping.path("type").asText()).isEqualTo("text");
        assertThat(mapping.path("index_options").asText()).isEqualTo("offsets");
        assertThat(mapping.path("analyzer").asText())
            .isEqualTo(IndexDefinition.analyzerName(analysis.chainsByField().get(field.fieldName())));
        assertThat(mapping.path("search_analyzer").asText())
            .isEqualTo(IndexDefinition.analyzerName(analysis.queryChainsByField().get(field.fieldName())));
      }
    }
    assertThat(properties.path(Schema.TITLE).path("search_analyzer").asText()).isEqualTo("tilde_query");
    assertThat(properties.path(Schema.BODY_ES).path("search_analyzer").asText()).isEqualTo("tilde_spanish");
    assertThat(properties.path(Schema.ID).path("type").asText()).isEqualTo("keyword");
    assertThat(properties.path(Schema.DATE).path("type").asText()).isEqualTo("date");
  }

  @Test
  void spellsEachChainWithItsOwnLuceneComponentsAndParameters() throws IOException {
    TildeAnalysis analysis = TildeAnalysis.standard();
    JsonNode analysisSettings = JSON.readTree(IndexDefinition.json(analysis, 1, 0)).path("settings").path("analysis");

    for (AnalysisChain chain : List.of(TildeAnalysis.TEXT, TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH)) {
      JsonNode analyzer = analysisSettings.path("analyzer").path(IndexDefinition.analyzerName(chain));
      assertThat(analyzer.path("type").asText()).isEqualTo("custom");
      JsonNode tokenizer = analysisSettings.path("tokenizer").path(analyzer.path("tokenizer").asText());
      assertThat(tokenizer.path("type").asText()).isEqualTo(IndexDefinition.LUCENE_COMPONENT);
      assertThat(tokenizer.path(IndexDefinition.SPI).asText()).isEqualTo(chain.tokenizer().type());
      List<String> spelled = new ArrayList<>();
      for (JsonNode name : analyzer.path("filter")) {
        JsonNode filter = analysisSettings.path("filter").path(name.asText());
        assertThat(filter.path("type").asText()).isEqualTo(IndexDefinition.LUCENE_COMPONENT);
        StringBuilder component = new StringBuilder(filter.path(IndexDefinition.SPI).asText());
        filter.fields().forEachRemaining(param -> {
          if (!param.getKey().equals("type") && !param.getKey().equals(IndexDefinition.SPI)) {
            component.append(' ').append(param.getKey()).append('=').append(param.getValue().asText());
          }
        });
        spelled.add(component.toString());
      }
      assertThat(spelled).as(chain.name()).isEqualTo(chain.filters().stream()
          .map(f -> f.type() + f.params().entrySet().stream().map(p -> " " + p.getKey() + "=" + p.getValue())
              .reduce("", String::concat))
          .toList());
    }
  }

  @Test
  void aliasTablesBecomeASearchTimeSynonymGraphAfterTheFoldedChain(@TempDir Path dir) throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.txt"), "# mine\nEl Peje, López Obrador\n");
    JsonNode analysisSettings = JSON.readTree(IndexDefinition.json(TildeAnalysis.withAliases(mine), 1, 0))
        .path("settings").path("analysis");

    JsonNode aliases = analysisSettings.path("filter").path(IndexDefinition.ALIASES_FILTER);
    assertThat(aliases.path("type").asText()).isEqualTo("synonym_graph");
    List<String> rules = new ArrayList<>();
    aliases.path("synonyms").forEach(rule -> rules.add(rule.asText()));
    assertThat(rules).contains("AMLO, Andrés Manuel López Obrador, López Obrador", "El Peje, López Obrador")
        .noneMatch(rule -> rule.startsWith("#"));
    List<String> query = new ArrayList<>();
    analysisSettings.path("analyzer").path("tilde_query").path("filter").forEach(f -> query.add(f.asText()));
    assertThat(query).hasSize(TildeAnalysis.FOLDED.filters().size() + 1).endsWith(IndexDefinition.ALIASES_FILTER);
  }
}

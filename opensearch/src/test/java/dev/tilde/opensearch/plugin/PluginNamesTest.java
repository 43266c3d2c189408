package dev.tilde.opensearch.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.opensearch.client.IndexDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The client spells the plugin's names as the plugin registers them: the two share no jar, only these names. */
class PluginNamesTest {
  @Test
  void theClientsIndexSettingsNameThePluginsComponentsAnalyzersAndAliases() {
    assertThat(IndexDefinition.LUCENE_COMPONENT).isEqualTo(TildeAnalysisPlugin.LUCENE_COMPONENT);
    assertThat(IndexDefinition.SPI).isEqualTo(TildeAnalysisPlugin.SPI);
    assertThat(IndexDefinition.ALIASES_FILTER).isEqualTo(TildeAnalysisPlugin.ALIASES_FILTER);
    List<AnalysisChain> chains = List.of(TildeAnalysis.TEXT, TildeAnalysis.EXACT, TildeAnalysis.FOLDED,
        TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH, TildeAnalysis.standard().queryChain(), TildeAnalysis.ACRONYMS);
    for (AnalysisChain chain : chains) {
      assertThat(IndexDefinition.analyzerName(chain)).isEqualTo(TildeAnalysisPlugin.analyzerName(chain));
    }
    assertThat(new TildeAnalysisPlugin().getAnalyzers().keySet())
        .containsExactlyInAnyOrderElementsOf(chains.stream().map(IndexDefinition::analyzerName).toList());
  }
}

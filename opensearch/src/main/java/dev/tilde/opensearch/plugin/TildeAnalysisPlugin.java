package dev.tilde.opensearch.plugin;

import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.CapitalizedKeywordMarkerFilterFactory;
import dev.tilde.analysis.NfcNormalizationFilterFactory;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.opensearch.IndexDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.opensearch.index.analysis.AnalyzerProvider;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The OpenSearch plugin that runs Tilde's analysis inside a cluster: Tilde's token filters by name
 * ({@value #NFC}, {@value #CAPITALIZED_KEYWORD_MARKER}), its complete analyzers by name ({@code tilde_text},
 * {@code tilde_english}, {@code tilde_spanish}, {@code tilde_exact}, {@code tilde_folded}, {@code tilde_query}),
 * and {@value IndexDefinition#LUCENE_COMPONENT}, a char filter, a tokenizer and a token filter that run any Lucene
 * analysis component by its SPI name, which is how {@link IndexDefinition}'s index settings spell Tilde's chains.
 *
 * <p>Every analyzer is built from the same {@link AnalysisChain} data as the local ones, by the same code.
 */
public final class TildeAnalysisPlugin extends Plugin implements AnalysisPlugin {
  /** Name of the Unicode-normalising filter in OpenSearch. */
  public static final String NFC = "tilde_nfc";
  /** Name of the filter that keeps capitalised words (names) from being stemmed. */
  public static final String CAPITALIZED_KEYWORD_MARKER = "tilde_capitalized_keyword_marker";

  public TildeAnalysisPlugin() {
    // OpenSearch loads a plugin in a class loader of its own and never rescans Lucene's analysis SPI, which the
    // server loaded with its own class loader: without this, Tilde's filters are unknown to Lucene by name.
    ClassLoader plugin = getClass().getClassLoader();
    CharFilterFactory.reloadCharFilters(plugin);
    TokenizerFactory.reloadTokenizers(plugin);
    org.apache.lucene.analysis.TokenFilterFactory.reloadTokenFilters(plugin);
  }

  @Override
  public Map<String, AnalysisProvider<org.opensearch.index.analysis.CharFilterFactory>> getCharFilters() {
    return Map.of(IndexDefinition.LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
        (indexSettings, environment, name, settings) ->
            new LuceneCharFilterFactory(indexSettings, name, settings, LuceneComponents.spiName(settings, name))));
  }

  @Override
  public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
    Map<String, AnalysisProvider<TokenFilterFactory>> filters = new LinkedHashMap<>();
    filters.put(NFC, (indexSettings, environment, name, settings) ->
        new LuceneTokenFilterFactory(indexSettings, name, settings, NfcNormalizationFilterFactory.NAME));
    filters.put(CAPITALIZED_KEYWORD_MARKER, (indexSettings, environment, name, settings) ->
        new LuceneTokenFilterFactory(indexSettings, name, settings, CapitalizedKeywordMarkerFilterFactory.NAME));
    filters.put(IndexDefinition.LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
        (indexSettings, environment, name, settings) ->
            new LuceneTokenFilterFactory(indexSettings, name, settings, LuceneComponents.spiName(settings, name))));
    return filters;
  }

  @Override
  public Map<String, AnalysisProvider<org.opensearch.index.analysis.TokenizerFactory>> getTokenizers() {
    return Map.of(IndexDefinition.LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
        (indexSettings, environment, name, settings) ->
            new LuceneTokenizerFactory(indexSettings, name, settings, LuceneComponents.spiName(settings, name))));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    TildeAnalysis analysis = TildeAnalysis.standard();
    List<AnalysisChain> chains = List.of(TildeAnalysis.TEXT, TildeAnalysis.EXACT, TildeAnalysis.FOLDED,
        TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH, analysis.queryChain());
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
    for (AnalysisChain chain : chains) {
      analyzers.put(IndexDefinition.analyzerName(chain),
          (indexSettings, environment, name, settings) -> new ChainAnalyzerProvider(indexSettings, name, settings,
              chain));
    }
    return analyzers;
  }
}

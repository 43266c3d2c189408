package dev.tilde.opensearch.plugin;

import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.CapitalizedKeywordMarkerFilterFactory;
import dev.tilde.analysis.NfcNormalizationFilterFactory;
import dev.tilde.analysis.TildeAnalysis;
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
import org.opensearch.plugins.SearchPlugin;

/**
 * The OpenSearch plugin that runs Tilde's analysis and queries inside a cluster: Tilde's token filters by name
 * ({@value #NFC}, {@value #CAPITALIZED_KEYWORD_MARKER}), its complete analyzers by name ({@code tilde_text},
 * {@code tilde_english}, {@code tilde_spanish}, {@code tilde_exact}, {@code tilde_folded}, {@code tilde_query},
 * {@code tilde_acronyms}),
 * and {@value #LUCENE_COMPONENT}, a char filter, a tokenizer and a token filter that run any Lucene analysis
 * component by its SPI name, which is how the index settings of Tilde's client ({@code IndexDefinition}, in
 * tilde-opensearch-client) spell Tilde's chains. The names here are that contract; the client writes the same ones.
 *
 * <p>Every analyzer is built from the same {@link AnalysisChain} data as the local ones, by the same code. The
 * {@value TildeQueryBuilder#NAME} query ({@link TildeQueryBuilder}) turns what a user typed into the Lucene query of
 * a local search on each shard, so any client gets Tilde's name search.
 */
public final class TildeAnalysisPlugin extends Plugin implements AnalysisPlugin, SearchPlugin {
  /** Name of the Unicode-normalising filter in OpenSearch. */
  public static final String NFC = "tilde_nfc";
  /** Name of the filter that keeps capitalised words (names) from being stemmed. */
  public static final String CAPITALIZED_KEYWORD_MARKER = "tilde_capitalized_keyword_marker";
  /** Type name of the char filter, tokenizer and token filter that run any Lucene component by its SPI name. */
  public static final String LUCENE_COMPONENT = "tilde_lucene";
  /** The setting of a {@value #LUCENE_COMPONENT} component that names the Lucene SPI component. */
  public static final String SPI = "spi";
  /** Name of the {@code synonym_graph} filter that holds a Tilde index's alias rules in its settings. */
  public static final String ALIASES_FILTER = "tilde_aliases";

  public TildeAnalysisPlugin() {
    // OpenSearch loads a plugin in a class loader of its own and never rescans Lucene's analysis SPI, which the
    // server loaded with its own class loader: without this, Tilde's filters are unknown to Lucene by name.
    ClassLoader plugin = getClass().getClassLoader();
    CharFilterFactory.reloadCharFilters(plugin);
    TokenizerFactory.reloadTokenizers(plugin);
    org.apache.lucene.analysis.TokenFilterFactory.reloadTokenFilters(plugin);
  }

  /** The name an analysis chain's analyzer has in OpenSearch. */
  public static String analyzerName(AnalysisChain chain) {
    return "tilde_" + chain.name();
  }

  /** The {@value TildeQueryBuilder#NAME} query: Tilde's name search, built on each shard. */
  @Override
  public List<QuerySpec<?>> getQueries() {
    return List.of(new QuerySpec<>(TildeQueryBuilder.NAME, TildeQueryBuilder::new, TildeQueryBuilder::fromXContent));
  }

  @Override
  public Map<String, AnalysisProvider<org.opensearch.index.analysis.CharFilterFactory>> getCharFilters() {
    return Map.of(LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
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
    filters.put(LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
        (indexSettings, environment, name, settings) ->
            new LuceneTokenFilterFactory(indexSettings, name, settings, LuceneComponents.spiName(settings, name))));
    return filters;
  }

  @Override
  public Map<String, AnalysisProvider<org.opensearch.index.analysis.TokenizerFactory>> getTokenizers() {
    return Map.of(LUCENE_COMPONENT, AnalysisPlugin.requiresAnalysisSettings(
        (indexSettings, environment, name, settings) ->
            new LuceneTokenizerFactory(indexSettings, name, settings, LuceneComponents.spiName(settings, name))));
  }

  @Override
  public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
    TildeAnalysis analysis = TildeAnalysis.standard();
    List<AnalysisChain> chains = List.of(TildeAnalysis.TEXT, TildeAnalysis.EXACT, TildeAnalysis.FOLDED,
        TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH, analysis.queryChain(), TildeAnalysis.ACRONYMS);
    Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new LinkedHashMap<>();
    for (AnalysisChain chain : chains) {
      analyzers.put(analyzerName(chain),
          (indexSettings, environment, name, settings) -> new ChainAnalyzerProvider(indexSettings, name, settings,
              chain));
    }
    return analyzers;
  }
}

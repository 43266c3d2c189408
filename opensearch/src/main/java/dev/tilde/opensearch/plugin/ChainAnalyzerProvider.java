package dev.tilde.opensearch.plugin;

import dev.tilde.analysis.AnalysisChain;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractIndexAnalyzerProvider;

/** One of Tilde's complete analyzers in OpenSearch, built from its {@link AnalysisChain} as locally. */
final class ChainAnalyzerProvider extends AbstractIndexAnalyzerProvider<Analyzer> {
  private final Analyzer analyzer;

  ChainAnalyzerProvider(IndexSettings indexSettings, String name, Settings settings, AnalysisChain chain) {
    super(indexSettings, name, settings);
    this.analyzer = chain.build(new ClasspathResourceLoader(ChainAnalyzerProvider.class.getClassLoader()));
  }

  @Override
  public Analyzer get() {
    return analyzer;
  }
}

package dev.tilde.opensearch.plugin;

import org.apache.lucene.analysis.TokenStream;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;

/** An OpenSearch token filter that runs a Lucene token filter named by its SPI name, with Lucene's parameters. */
final class LuceneTokenFilterFactory extends AbstractTokenFilterFactory {
  private final org.apache.lucene.analysis.TokenFilterFactory lucene;

  LuceneTokenFilterFactory(IndexSettings indexSettings, String name, Settings settings, String spiName) {
    super(indexSettings, name, settings);
    this.lucene = LuceneComponents.informed(
        org.apache.lucene.analysis.TokenFilterFactory.forName(spiName, LuceneComponents.params(settings)));
  }

  @Override
  public TokenStream create(TokenStream input) {
    return lucene.create(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return lucene.normalize(input);
  }
}

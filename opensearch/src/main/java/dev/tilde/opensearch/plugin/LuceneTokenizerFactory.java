package dev.tilde.opensearch.plugin;

import org.apache.lucene.analysis.Tokenizer;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenizerFactory;

/** An OpenSearch tokenizer that runs a Lucene tokenizer named by its SPI name, with Lucene's parameters. */
final class LuceneTokenizerFactory extends AbstractTokenizerFactory {
  private final org.apache.lucene.analysis.TokenizerFactory lucene;

  LuceneTokenizerFactory(IndexSettings indexSettings, String name, Settings settings, String spiName) {
    super(indexSettings, settings, name);
    this.lucene = LuceneComponents.informed(
        org.apache.lucene.analysis.TokenizerFactory.forName(spiName, LuceneComponents.params(settings)));
  }

  @Override
  public Tokenizer create() {
    return lucene.create();
  }
}

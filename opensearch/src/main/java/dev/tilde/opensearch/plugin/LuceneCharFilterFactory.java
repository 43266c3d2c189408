package dev.tilde.opensearch.plugin;

import java.io.Reader;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractCharFilterFactory;

/** An OpenSearch char filter that runs a Lucene char filter named by its SPI name, with Lucene's parameters. */
final class LuceneCharFilterFactory extends AbstractCharFilterFactory {
  private final org.apache.lucene.analysis.CharFilterFactory lucene;

  LuceneCharFilterFactory(IndexSettings indexSettings, String name, Settings settings, String spiName) {
    super(indexSettings, name);
    this.lucene = LuceneComponents.informed(
        org.apache.lucene.analysis.CharFilterFactory.forName(spiName, LuceneComponents.params(settings)));
  }

  @Override
  public Reader create(Reader input) {
    return lucene.create(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return lucene.normalize(input);
  }
}

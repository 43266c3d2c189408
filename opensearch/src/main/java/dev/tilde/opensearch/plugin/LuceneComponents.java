package dev.tilde.opensearch.plugin;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.opensearch.common.settings.Settings;

/** Reads a Lucene analysis component's SPI name and parameters from OpenSearch settings and readies its factory. */
final class LuceneComponents {
  private LuceneComponents() {}

  /** The SPI name a {@value TildeAnalysisPlugin#LUCENE_COMPONENT} component's settings give. */
  static String spiName(Settings settings, String name) {
    String spi = settings.get(TildeAnalysisPlugin.SPI);
    if (spi == null || spi.isBlank()) {
      throw new IllegalArgumentException("analysis component [" + name + "] of type ["
          + TildeAnalysisPlugin.LUCENE_COMPONENT + "] needs [" + TildeAnalysisPlugin.SPI + "]: a Lucene SPI name");
    }
    return spi;
  }

  /**
   * The Lucene factory parameters in {@code settings}: all of them but OpenSearch's type, the SPI name, and the
   * index-wide settings OpenSearch adds to every component ({@code index.version.created}).
   */
  static Map<String, String> params(Settings settings) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : settings.keySet()) {
      if (!key.equals("type") && !key.equals(TildeAnalysisPlugin.SPI) && !key.startsWith("index.")) {
        params.put(key, settings.get(key));
      }
    }
    return params;
  }

  /** Loads the word lists and classes {@code factory} names, from the plugin's class loader (which sees Lucene's). */
  static <T extends AbstractAnalysisFactory> T informed(T factory) {
    if (factory instanceof ResourceLoaderAware aware) {
      try {
        aware.inform(new ClasspathResourceLoader(LuceneComponents.class.getClassLoader()));
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot load the resources of " + factory.getClass().getName() + ": "
            + e.getMessage(), e);
      }
    }
    return factory;
  }
}

package dev.tilde.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * One analysis chain written as data: a tokenizer and token filters named by their Lucene SPI names, with parameters.
 *
 * <p>Keeping chains as data is what lets the same analysis run everywhere Lucene does: {@link #build} turns a chain into
 * a {@link CustomAnalyzer} here, and the same names and parameters configure Solr or an OpenSearch index.
 *
 * @param name the chain's name, as {@code tilde analyze} and index settings show it
 * @param tokenizer the tokenizer
 * @param filters the token filters, in order
 */
public record AnalysisChain(String name, Component tokenizer, List<Component> filters) {
  /** Keeps its own copy of {@code filters}, so a chain never changes once made. */
  public AnalysisChain {
    filters = List.copyOf(filters);
  }

  /**
   * A tokenizer or filter: its SPI name and its parameters.
   *
   * @param type the SPI name, such as {@code standard} or {@code asciiFolding}
   * @param params the factory's parameters, in order
   */
  public record Component(String type, Map<String, String> params) {
    /** Keeps its own copy of {@code params}, in their order, so a component never changes once made. */
    public Component {
      params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * A component without parameters.
     *
     * @param type the SPI name
     * @return the component
     */
    public static Component of(String type) {
      return new Component(type, Map.of());
    }

    /**
     * A component with parameters given as alternating names and values.
     *
     * @param type the SPI name
     * @param namesAndValues a parameter's name, then its value, and so on (an odd last one is ignored)
     * @return the component
     */
    public static Component of(String type, String... namesAndValues) {
      Map<String, String> params = new LinkedHashMap<>();
      for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
        params.put(namesAndValues[i], namesAndValues[i + 1]);
      }
      return new Component(type, params);
    }
  }

  /**
   * Builds the analyzer for this chain, reading word lists and alias tables through {@code loader}. Components Tilde's
   * own chains use are made from their factory classes directly ({@link KnownFactories}); others by SPI name.
   *
   * @param loader where the components' files (stop words, alias tables) are read from
   * @return a new analyzer for this chain
   */
  public Analyzer build(ResourceLoader loader) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader);
      Class<? extends TokenizerFactory> tokenizerClass = KnownFactories.TOKENIZERS.get(tokenizer.type());
      if (tokenizerClass != null) {
        builder.withTokenizer(tokenizerClass, new LinkedHashMap<>(tokenizer.params()));
      } else {
        builder.withTokenizer(tokenizer.type(), new LinkedHashMap<>(tokenizer.params()));
      }
      for (Component filter : filters) {
        Class<? extends TokenFilterFactory> filterClass = KnownFactories.FILTERS.get(filter.type());
        if (filterClass != null) {
          builder.addTokenFilter(filterClass, new LinkedHashMap<>(filter.params()));
        } else {
          builder.addTokenFilter(filter.type(), new LinkedHashMap<>(filter.params()));
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build analysis chain " + name + ": " + e.getMessage(), e);
    }
  }
}

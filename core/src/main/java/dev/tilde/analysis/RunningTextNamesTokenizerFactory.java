package dev.tilde.analysis;

import java.util.Map;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;

/**
 * Factory for {@link RunningTextNamesTokenizer}, known to Lucene's SPI (and so to {@code CustomAnalyzer} and
 * OpenSearch) as {@value #NAME}; it takes no parameters.
 */
public final class RunningTextNamesTokenizerFactory extends TokenizerFactory {
  /** SPI name. */
  public static final String NAME = "tildeRunningTextNames";

  /**
   * The factory Lucene's SPI makes from a chain's parameters.
   *
   * @param args the parameters; any is an error
   */
  public RunningTextNamesTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI discovery. */
  public RunningTextNamesTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    return new RunningTextNamesTokenizer(factory);
  }
}

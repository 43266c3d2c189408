package dev.tilde.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Factory for {@link SpanishSoundKeyFilter}, known to Lucene's SPI (and so to {@code CustomAnalyzer}, Solr and
 * OpenSearch) as {@value #NAME}.
 */
public final class SpanishSoundKeyFilterFactory extends TokenFilterFactory {
  /** SPI name. */
  public static final String NAME = "tildeSpanishSoundKey";

  /**
   * The factory Lucene's SPI makes from a chain's parameters; this filter takes none.
   *
   * @param args the parameters; any left over is an error
   */
  public SpanishSoundKeyFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI discovery. */
  public SpanishSoundKeyFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new SpanishSoundKeyFilter(input);
  }
}

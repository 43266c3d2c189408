package dev.tilde.analysis;

import dev.tilde.acronyms.DefinitionFinder;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Factory for {@link LearnedAcronymsTokenizer}, known to Lucene's SPI (and so to {@code CustomAnalyzer} and OpenSearch)
 * as {@value #NAME}; it takes no parameters.
 */
public final class LearnedAcronymsTokenizerFactory extends TokenizerFactory implements ResourceLoaderAware {
  /** SPI name. */
  public static final String NAME = "tildeLearnedAcronyms";

  private ResourceLoader loader;
  /** The chain that folds long forms, made on first use: an analyzer that only reads queries never needs it. */
  private volatile Analyzer folded;

  /**
   * The factory Lucene's SPI makes from a chain's parameters.
   *
   * @param args the parameters; any is an error
   */
  public LearnedAcronymsTokenizerFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for SPI discovery. */
  public LearnedAcronymsTokenizerFactory() {
    throw defaultCtorException();
  }

  @Override
  public void inform(ResourceLoader loader) {
    this.loader = loader;
  }

  @Override
  public Tokenizer create(AttributeFactory factory) {
    // Function words of every language Lucene has a stop-word list for: a long form holds them without their letter.
    return new LearnedAcronymsTokenizer(new DefinitionFinder(word -> StopWordLists.LANGUAGES_OF_WORD.containsKey(word)),
        folded(), factory);
  }

  private Analyzer folded() {
    Analyzer made = folded;
    if (made == null) {
      synchronized (this) {
        made = folded;
        if (made == null) {
          if (loader == null) {
            throw new IllegalStateException(NAME + " needs its resources loaded (inform) before use");
          }
          folded = made = TildeAnalysis.FOLDED.build(loader);
        }
      }
    }
    return made;
  }
}

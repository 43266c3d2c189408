package dev.tilde.analysis;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;

/**
 * The factory classes of the components Tilde's own chains name, by SPI name: what Lucene's SPI would find for them.
 *
 * <p>Looking a name up through the SPI makes Lucene load and initialise every tokenizer and filter factory on the class
 * path (over a hundred) to learn their names: a fifth of the analysis set-up of a one-shot {@code tilde search}. With
 * the class in hand {@link AnalysisChain#build} skips that; a name not listed here still goes through the SPI.
 * {@code KnownFactoriesTest} checks that every entry is the class the SPI gives for its name.
 */
final class KnownFactories {
  static final Map<String, Class<? extends TokenizerFactory>> TOKENIZERS = Map.of(
      StandardTokenizerFactory.NAME, StandardTokenizerFactory.class,
      LearnedAcronymsTokenizerFactory.NAME, LearnedAcronymsTokenizerFactory.class);

  static final Map<String, Class<? extends TokenFilterFactory>> FILTERS = Map.of(
      NfcNormalizationFilterFactory.NAME, NfcNormalizationFilterFactory.class,
      CapitalizedKeywordMarkerFilterFactory.NAME, CapitalizedKeywordMarkerFilterFactory.class,
      EnglishPossessiveFilterFactory.NAME, EnglishPossessiveFilterFactory.class,
      ElisionFilterFactory.NAME, ElisionFilterFactory.class,
      LowerCaseFilterFactory.NAME, LowerCaseFilterFactory.class,
      ASCIIFoldingFilterFactory.NAME, ASCIIFoldingFilterFactory.class,
      StopFilterFactory.NAME, StopFilterFactory.class,
      SnowballPorterFilterFactory.NAME, SnowballPorterFilterFactory.class,
      SpanishLightStemFilterFactory.NAME, SpanishLightStemFilterFactory.class,
      SynonymGraphFilterFactory.NAME, SynonymGraphFilterFactory.class);

  private KnownFactories() {}
}

package dev.tilde.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * Reads the names in an alias table the way queries are read (normalised, lower-cased, folded), so a rule written
 * {@code Andrés Manuel López Obrador} matches a query typed {@code andres manuel lopez obrador}.
 *
 * <p>Lucene's synonym factory instantiates it by class name, hence the public no-argument constructor.
 */
public final class AliasRuleAnalyzer extends AnalyzerWrapper {
  private final Analyzer folded = TildeAnalysis.FOLDED.build(new ClasspathResourceLoader(AliasRuleAnalyzer.class.getClassLoader()));

  /** The analyzer Lucene's synonym factory makes by class name. */
  public AliasRuleAnalyzer() {
    super(Analyzer.PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return folded;
  }
}

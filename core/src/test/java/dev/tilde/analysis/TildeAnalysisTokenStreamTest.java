package dev.tilde.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * Lucene's own token-stream checks on every Tilde chain and filter: random Unicode text, consistent offsets and
 * positions, the reset/end/close contract, and many threads sharing one analyzer.
 */
public class TildeAnalysisTokenStreamTest extends BaseTokenStreamTestCase {
  private static final TildeAnalysis ANALYSIS = TildeAnalysis.standard();

  public void testEveryIndexChainSurvivesRandomText() throws IOException {
    for (AnalysisChain c : java.util.Set.copyOf(ANALYSIS.chainsByField().values())) {
      try (Analyzer a = chain(c)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), a, 10 * RANDOM_MULTIPLIER, 4096);
      }
    }
  }

  public void testQueryChainsSurviveRandomText() throws IOException {
    for (AnalysisChain c : java.util.List.of(ANALYSIS.queryChain(), TildeAnalysis.EXACT, TildeAnalysis.FOLDED)) {
      try (Analyzer a = chain(c)) {
        checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
      }
    }
  }

  public void testTextChainStacksTheAccentedFormOnTheFoldedOne() throws IOException {
    assertAnalyzesTo(chain(TildeAnalysis.TEXT), "Peña Nieto's",
        new String[] {"pena", "peña", "nieto"},
        new int[] {0, 0, 5},
        new int[] {4, 4, 12},
        new int[] {1, 0, 1});
  }

  public void testQueryChainExpandsAnAliasIntoAGraph() throws IOException {
    assertAnalyzesTo(chain(ANALYSIS.queryChain()), "EPN",
        new String[] {"enrique", "pena", "epn", "pena", "nieto", "nieto"},
        new int[] {0, 0, 0, 0, 0, 0},
        new int[] {3, 3, 3, 3, 3, 3},
        null,
        new int[] {1, 0, 0, 1, 1, 1},
        new int[] {1, 3, 4, 1, 2, 1});
  }

  public void testNfcFilterAloneIsAWellBehavedTokenStream() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source, new NfcNormalizationFilter(source));
      }
    };
    assertAnalyzesTo(a, "Zu\u0301n\u0303iga plain", new String[] {"Zúñiga", "plain"}, new int[] {0, 9},
        new int[] {8, 14});
    checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
    a.close();
  }

  public void testCapitalizedKeywordMarkerAloneIsAWellBehavedTokenStream() throws IOException {
    Analyzer a = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new MockTokenizer(MockTokenizer.WHITESPACE, false);
        return new TokenStreamComponents(source,
            new org.apache.lucene.analysis.en.PorterStemFilter(new CapitalizedKeywordMarkerFilter(source)));
      }
    };
    assertAnalyzesTo(a, "Harris runs", new String[] {"Harris", "run"});
    checkRandomData(random(), a, 500 * RANDOM_MULTIPLIER);
    a.close();
  }

  /** The analyzer of one chain, built the way {@link TildeAnalysis} builds it. */
  private static Analyzer chain(AnalysisChain chain) {
    return chain.build(new ClasspathResourceLoader(TildeAnalysis.class.getClassLoader()));
  }
}

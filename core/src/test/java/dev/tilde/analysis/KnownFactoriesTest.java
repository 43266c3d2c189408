package dev.tilde.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.junit.jupiter.api.Test;

class KnownFactoriesTest {
  private static final List<AnalysisChain> TILDE_CHAINS = List.of(TildeAnalysis.TEXT, TildeAnalysis.EXACT,
      TildeAnalysis.FOLDED, TildeAnalysis.ENGLISH, TildeAnalysis.SPANISH, TildeAnalysis.standard().queryChain());

  @Test
  void everyEntryIsTheClassLucenesSpiFindsForItsName() {
    KnownFactories.TOKENIZERS.forEach((name, type) -> assertThat(TokenizerFactory.lookupClass(name)).isEqualTo(type));
    KnownFactories.FILTERS.forEach((name, type) -> assertThat(TokenFilterFactory.lookupClass(name)).isEqualTo(type));
  }

  @Test
  void everyComponentOfTildesChainsIsListed() {
    assertThat(TILDE_CHAINS).extracting(chain -> chain.tokenizer().type())
        .allSatisfy(name -> assertThat(KnownFactories.TOKENIZERS).containsKey(name));
    assertThat(TILDE_CHAINS.stream().flatMap(chain -> chain.filters().stream()).map(AnalysisChain.Component::type))
        .allSatisfy(name -> assertThat(KnownFactories.FILTERS).containsKey(name));
  }

  @Test
  void aChainOfOtherComponentsIsStillBuiltFromTheirSpiNames() {
    AnalysisChain chain = new AnalysisChain("other", AnalysisChain.Component.of("whitespace"),
        List.of(AnalysisChain.Component.of("uppercase")));

    Analyzer analyzer = chain.build(new ClasspathResourceLoader(KnownFactoriesTest.class.getClassLoader()));

    assertThat(TildeAnalysis.tokens(analyzer, "f", "née à Paris")).extracting(Token::term)
        .containsExactly("NÉE", "À", "PARIS");
  }
}

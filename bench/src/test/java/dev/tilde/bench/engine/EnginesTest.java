package dev.tilde.bench.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.corpus.Europarl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every engine builds a real index of a small Europarl corpus and answers with ranked, highlighted hits. */
class EnginesTest {
  @TempDir
  static Path work;

  static List<Engine> engines() {
    return List.of(new TildeEngine(), new LuceneEngine(), new Fts5Engine());
  }

  private static CorpusFile corpus() throws Exception {
    Path file = work.resolve("corpus.ndjson");
    return Files.exists(file) ? new CorpusFile(file, 200, Files.size(file))
        : CorpusFile.write(Europarl.documents(100), 2, file);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void findsAWordOfTheFirstDocumentAndMarksItInTheSnippet(Engine engine) throws Exception {
    Path dir = Files.createDirectories(work.resolve(engine.name().replace(' ', '-')));
    engine.build(corpus(), dir, new Engine.BuildSettings(2, 16));

    assertThat(engine.sizeOnDisk(dir)).isPositive();
    try (EngineIndex index = engine.open(dir); Searcher searcher = index.searcher()) {
      Searcher.Result result = searcher.search(new BenchQuery(BenchQuery.Kind.WORD, "discriminazione"));

      // Document 1 and its copy (new id, same text) both match.
      assertThat(result.ids()).contains("europarl-1", "europarl-1/1");
      assertThat(result.titles()).contains("(1)");
      assertThat(result.snippets()).allMatch(s -> s.toLowerCase().contains("**discriminazione**"));
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void aPhraseMatchesOnlyItsWordsInOrder(Engine engine) throws Exception {
    Path dir = Files.createDirectories(work.resolve("phrase-" + engine.name().replace(' ', '-')));
    engine.build(corpus(), dir, new Engine.BuildSettings(1, 16));

    try (EngineIndex index = engine.open(dir); Searcher searcher = index.searcher()) {
      assertThat(searcher.search(new BenchQuery(BenchQuery.Kind.PHRASE, "\"uomo e donna\"")).ids())
          .contains("europarl-1");
      assertThat(searcher.search(new BenchQuery(BenchQuery.Kind.PHRASE, "\"donna e uomo\"")).ids())
          .doesNotContain("europarl-1");
    }
  }

  @org.junit.jupiter.api.Test
  void fts5ReadsWordsAsStringsAndPhrasesAsPhrases() {
    assertThat(Fts5Engine.matchExpression(new BenchQuery(BenchQuery.Kind.PHRASE, "AND \"uomo e donna\" NOT")))
        .isEqualTo("\"AND\" \"uomo e donna\" \"NOT\"");
  }
}

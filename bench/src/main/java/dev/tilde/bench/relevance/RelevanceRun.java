package dev.tilde.bench.relevance;

import dev.tilde.bench.Workspace;
import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.engine.Engine;
import dev.tilde.bench.engine.EngineIndex;
import dev.tilde.bench.engine.Fts5Engine;
import dev.tilde.bench.engine.LuceneEngine;
import dev.tilde.bench.engine.Searcher;
import dev.tilde.bench.engine.TildeEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One run of the evaluation: every engine indexes the same corpus, then answers every judged query for as many
 * hits as the query has relevant documents (at least ten); each answer is scored.
 */
public final class RelevanceRun {
  /** The engines compared, in report order; the two FTS5 engines search the same index. */
  public static final List<String> ENGINES =
      List.of("Tilde", "Lucene", "SQLite FTS5", Fts5Engine.WORDS_ORED);

  private RelevanceRun() {}

  /**
   * What one engine returned for one query.
   *
   * @param ids the hits' ids, best first
   * @param titles the hits' titles
   * @param metrics the hits scored against the judgment
   * @param error the engine's error message when it could not run the query, else {@code null}
   */
  public record Ranking(List<String> ids, List<String> titles, Metrics metrics, String error) {}

  /**
   * One judged query's answers.
   *
   * @param judgment the query and its relevant documents
   * @param rankings each engine's answer, by engine name
   */
  public record Outcome(Judgment judgment, Map<String, Ranking> rankings) {}

  /** Indexes {@code docs} with every engine in {@code workspace}, and runs {@code judgments} on them. */
  public static List<Outcome> run(List<CorpusDocument> docs, List<Judgment> judgments, Workspace workspace,
      Consumer<String> log) throws Exception {
    CorpusFile corpus = CorpusFile.write(docs, 1, workspace.file("relevance.ndjson"));
    Engine.BuildSettings build = new Engine.BuildSettings(Math.max(1, Runtime.getRuntime().availableProcessors()), 64);
    Map<String, Path> dirs = new LinkedHashMap<>();
    for (Engine engine : List.of(new TildeEngine(), new LuceneEngine(), new Fts5Engine())) {
      long start = System.nanoTime();
      Path dir = workspace.freshDirectory("relevance-" + engine.name());
      engine.build(corpus, dir, build);
      dirs.put(engine.name(), dir);
      log.accept(String.format("  %-12s indexed %,d documents in %.1f s", engine.name(), corpus.documents(),
          (System.nanoTime() - start) / 1e9));
    }
    Map<String, EngineIndex> indexes = new LinkedHashMap<>();
    try {
      indexes.put(ENGINES.get(0), new TildeEngine().open(dirs.get("Tilde")));
      indexes.put(ENGINES.get(1), new LuceneEngine().open(dirs.get("Lucene")));
      indexes.put(ENGINES.get(2), new Fts5Engine().open(dirs.get("SQLite FTS5")));
      indexes.put(ENGINES.get(3), Fts5Engine.withWordsOred().open(dirs.get("SQLite FTS5")));
      Map<String, Searcher> searchers = new LinkedHashMap<>();
      for (Map.Entry<String, EngineIndex> index : indexes.entrySet()) {
        searchers.put(index.getKey(), index.getValue().searcher());
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Judgment judgment : judgments) {
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        searchers.forEach((name, searcher) -> rankings.put(name, rank(searcher, judgment)));
        outcomes.add(new Outcome(judgment, rankings));
      }
      for (Searcher searcher : searchers.values()) {
        searcher.close();
      }
      return outcomes;
    } finally {
      for (EngineIndex index : indexes.values()) {
        index.close();
      }
    }
  }

  private static Ranking rank(Searcher searcher, Judgment judgment) {
    try {
      Searcher.Result result = searcher.search(judgment.benchQuery(), judgment.depth());
      return new Ranking(result.ids(), result.titles(), Metrics.of(result.ids(), judgment.relevant()), null);
    } catch (Exception e) {
      // An engine that cannot parse a query (Lucene's query parser, say) answers nothing: scored as such.
      String message = String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
      return new Ranking(List.of(), List.of(), Metrics.of(List.of(), judgment.relevant()), message);
    }
  }
}

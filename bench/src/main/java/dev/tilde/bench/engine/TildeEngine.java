package dev.tilde.bench.engine;

import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.IndexSummary;
import dev.tilde.indexer.Indexer;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Tilde as users run it, and the bench's only contact with Tilde's API: the indexer on the NDJSON corpus (a full
 * build, language detected), and {@link TildeIndex#search} with the full name analysis and snippets.
 */
public final class TildeEngine implements Engine {
  /** The name of the engine that keeps no typo automata between searches. */
  public static final String WITHOUT_KEPT_AUTOMATA = "Tilde, no automata kept";

  private final long typoAutomataBytes;
  private final String name;

  /** Tilde as it ships: the typo automata of the words searched lately are kept. */
  public TildeEngine() {
    this(SharedFuzzyAutomata.DEFAULT_BYTES, "Tilde");
  }

  private TildeEngine(long typoAutomataBytes, String name) {
    this.typoAutomataBytes = typoAutomataBytes;
    this.name = name;
  }

  /** Tilde searching with no typo automata kept between searches: each search builds those it needs. */
  public static TildeEngine withoutKeptAutomata() {
    return new TildeEngine(0, WITHOUT_KEPT_AUTOMATA);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void build(CorpusFile corpus, Path dir, BuildSettings settings) {
    List<String> warnings = new ArrayList<>();
    IndexSummary summary = Indexer.index(dir, List.of(corpus.file()), IndexOptions.defaults()
        .withFull(true)
        .withThreads(settings.threads())
        .withRamBufferMb(settings.ramBufferMb())
        .withWarnings(warnings::add));
    if (summary.failed() > 0 || summary.totalDocs() != corpus.documents()) {
      throw new IllegalStateException("Tilde indexed " + summary.totalDocs() + " of " + corpus.documents()
          + " documents: " + warnings);
    }
  }

  @Override
  public EngineIndex open(Path dir) {
    TildeIndex index = TildeIndex.open(dir, TildeAnalysis.standard(), typoAutomataBytes);
    return new EngineIndex() {
      @Override
      public Searcher searcher() {
        return (query, count) -> result(index.search(query.text(), count));
      }

      @Override
      public void close() throws IOException {
        index.close();
      }
    };
  }

  private static Searcher.Result result(SearchResults results) {
    List<String> ids = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> snippets = new ArrayList<>();
    for (Hit hit : results.hits()) {
      ids.add(hit.id());
      titles.add(hit.title());
      snippets.add(hit.snippets().stream().map(s -> s.marked("**", "**")).collect(Collectors.joining(" … ")));
    }
    return new Searcher.Result(ids, titles, snippets);
  }
}

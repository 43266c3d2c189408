package dev.tilde.bench.engine;

import dev.tilde.TildeIndex;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.IndexSummary;
import dev.tilde.indexer.Indexer;
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
  @Override
  public String name() {
    return "Tilde";
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
    TildeIndex index = TildeIndex.open(dir);
    return new EngineIndex() {
      @Override
      public Searcher searcher() {
        return query -> result(index.search(query.text(), Searcher.TOP));
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

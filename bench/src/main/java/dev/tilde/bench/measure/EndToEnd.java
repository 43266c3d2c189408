package dev.tilde.bench.measure;

import dev.tilde.bench.Workspace;
import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.engine.Engine;
import dev.tilde.bench.engine.Fts5Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A search from the shell, start to exit: {@code bin/tilde search} on an index of the seed articles against the
 * {@code sqlite3} shell on an FTS5 table of the same articles, for one query.
 */
public final class EndToEnd {
  private EndToEnd() {}

  /**
   * Indexes {@code seeds} both ways in {@code workspace}, then times {@code query} through {@code tilde} (the
   * launcher) and {@code sqlite3}: {@code warmups} unmeasured runs each, then {@code runs} measured ones.
   */
  public static List<CommandTiming> measure(Path tilde, String sqlite3, Path seeds, BenchQuery query,
      Workspace workspace, int warmups, int runs) throws Exception {
    Path seedsIndex = workspace.freshDirectory("seeds-tilde");
    CommandTiming.runOnce(List.of(tilde.toString(), "index", "--index", seedsIndex.toString(), seeds.toString()),
        workspace.root());
    Path seedsDb = workspace.freshDirectory("seeds-fts5");
    CorpusFile seedsCorpus = CorpusFile.write(seedDocuments(seeds), 1, workspace.file("seeds.ndjson"));
    new Fts5Engine().build(seedsCorpus, seedsDb, new Engine.BuildSettings(1, 16));

    List<String> tildeSearch = List.of(tilde.toString(), "search", "--index", seedsIndex.toString(), query.text());
    String sql = Fts5Engine.SEARCH.replace("?", "'" + Fts5Engine.matchExpression(query).replace("'", "''") + "'");
    List<String> sqliteSearch =
        List.of(sqlite3, "-readonly", seedsDb.resolve(Fts5Engine.DATABASE).toString(), sql);
    List<CommandTiming> timings = new ArrayList<>();
    CommandTiming.runOnce(tildeSearch, workspace.root());
    awaitStartupCache(tilde);
    // Interleaved warm-ups, so both start from the same warm file cache.
    for (int i = 0; i < warmups; i++) {
      CommandTiming.runOnce(tildeSearch, workspace.root());
      CommandTiming.runOnce(sqliteSearch, workspace.root());
    }
    timings.add(CommandTiming.measure(tildeSearch, workspace.root(), 0, runs));
    timings.add(CommandTiming.measure(sqliteSearch, workspace.root(), 0, runs));
    return timings;
  }

  /**
   * Waits (a minute at most) for the class cache that {@code bin/tilde} makes in the background after its first run
   * on JDK 25+ (docs/CLI.md, "Start-up"), so the figure is the steady state a user sees: a file under the user's
   * cache directory named after the build's checksum ({@code cli/target/tilde.build}); returns at once where there
   * is no such checksum, or the cache is turned off.
   */
  private static void awaitStartupCache(Path tilde) throws IOException, InterruptedException {
    Path buildFile = tilde.toAbsolutePath().getParent().resolve("../cli/target/tilde.build").normalize();
    if (!Files.isRegularFile(buildFile) || "off".equals(System.getenv("TILDE_STARTUP_CACHE"))) {
      return;
    }
    String buildId = Files.readString(buildFile).strip();
    String key = "-" + buildId.substring(0, Math.min(16, buildId.length())) + "-";
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cacheDir = (xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
        .resolve("tilde");
    for (int second = 0; second < 60; second++) {
      if (Files.isDirectory(cacheDir)) {
        try (Stream<Path> files = Files.list(cacheDir)) {
          if (files.map(f -> f.getFileName().toString()).anyMatch(name -> name.startsWith("tilde-")
              && name.contains(key) && name.matches(".*\\.aot(\\.failed)?"))) {
            return;
          }
        }
      }
      Thread.sleep(1000);
    }
  }

  /** The seed articles as documents: the file name as id, the first line as title, the whole text as body. */
  static List<CorpusDocument> seedDocuments(Path seeds) throws IOException {
    List<CorpusDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String text = Files.readString(file);
        String title = text.strip().lines().findFirst().orElse("");
        docs.add(new CorpusDocument(file.getFileName().toString(), title, "", text));
      }
    }
    return docs;
  }
}

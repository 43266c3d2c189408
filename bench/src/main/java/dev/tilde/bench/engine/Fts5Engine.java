package dev.tilde.bench.engine;

import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusFile;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * SQLite FTS5 through sqlite-jdbc, what many people embed instead: Porter stemming over {@code unicode61} with
 * diacritics removed, {@code bm25()} ranking (title weighted 2, as Tilde weighs it) and {@code snippet()} for the
 * highlights. SQLite has one writer, so the build inserts from one thread, in one transaction. A query's words are
 * joined by FTS5's implicit AND, or, in the engine {@link #withWordsOred()}, by {@code OR} (the same index).
 */
public final class Fts5Engine implements Engine {
  /** The name of the engine that joins a query's words by {@code OR}. */
  public static final String WORDS_ORED = "SQLite FTS5, OR";
  /** The database file inside an index directory. */
  public static final String DATABASE = "index.db";
  /** The table, as the {@code sqlite3} shell sees it too. */
  public static final String CREATE_TABLE = "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
      + "tokenize = 'porter unicode61 remove_diacritics 2')";
  /** Top hits with a snippet of the body, {@code ?} being the FTS5 query; {@code rank} is bm25 with the weights. */
  public static final String SEARCH = "SELECT id, title, snippet(docs, 2, '**', '**', '…', 32) FROM docs "
      + "WHERE docs MATCH ? ORDER BY rank LIMIT " + Searcher.TOP;
  private static final String SEARCH_UP_TO = SEARCH.replace("LIMIT " + Searcher.TOP, "LIMIT ?");
  private static final String RANKING = "bm25(0.0, 2.0, 1.0)";
  private static final int BATCH = 500;

  private final boolean wordsOred;

  /** FTS5 as its users query it by default: every word must match. */
  public Fts5Engine() {
    this(false);
  }

  private Fts5Engine(boolean wordsOred) {
    this.wordsOred = wordsOred;
  }

  /** FTS5 with a query's words (and phrases) joined by {@code OR}, ranked by bm25 all the same. */
  public static Fts5Engine withWordsOred() {
    return new Fts5Engine(true);
  }

  @Override
  public String name() {
    return wordsOred ? WORDS_ORED : "SQLite FTS5";
  }

  @Override
  public void build(CorpusFile corpus, Path dir, BuildSettings settings) throws Exception {
    try (Connection db = connect(dir, false)) {
      try (Statement ddl = db.createStatement()) {
        // SQLite's page cache gets the memory the others' RAM buffer gets.
        ddl.execute("PRAGMA cache_size = -" + (long) (settings.ramBufferMb() * 1024));
        ddl.execute(CREATE_TABLE);
        ddl.execute("INSERT INTO docs(docs, rank) VALUES ('rank', '" + RANKING + "')");
      }
      db.setAutoCommit(false);
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO docs(id, title, body) VALUES (?, ?, ?)")) {
        int[] pending = {0};
        corpus.feed(1, doc -> {
          insert.setString(1, doc.id());
          insert.setString(2, doc.title());
          insert.setString(3, doc.body());
          insert.addBatch();
          if (++pending[0] == BATCH) {
            insert.executeBatch();
            pending[0] = 0;
          }
        });
        insert.executeBatch();
      }
      db.commit();
    }
  }

  @Override
  public EngineIndex open(Path dir) {
    return () -> {
      Connection db = connect(dir, true);
      PreparedStatement search = db.prepareStatement(SEARCH_UP_TO);
      return new Searcher() {
        @Override
        public Result search(BenchQuery query, int count) throws Exception {
          search.setString(1, wordsOred ? String.join(" OR ", parts(query)) : matchExpression(query));
          search.setInt(2, count);
          List<String> ids = new ArrayList<>();
          List<String> titles = new ArrayList<>();
          List<String> snippets = new ArrayList<>();
          try (ResultSet rows = search.executeQuery()) {
            while (rows.next()) {
              ids.add(rows.getString(1));
              titles.add(rows.getString(2));
              snippets.add(rows.getString(3));
            }
          }
          return new Result(ids, titles, snippets);
        }

        @Override
        public void close() throws IOException {
          try (db; search) {
            // both closed, the statement first
          } catch (SQLException e) {
            throw new IOException(e);
          }
        }
      };
    };
  }

  /**
   * The query in FTS5's syntax, as an FTS5 user writes it: each word a string, each quoted phrase a phrase, joined
   * by FTS5's implicit AND.
   */
  public static String matchExpression(BenchQuery query) {
    return String.join(" ", parts(query));
  }

  private static List<String> parts(BenchQuery query) {
    return query.parts().stream()
        .map(part -> "\"" + String.join(" ", part.words()).replace("\"", "") + "\"")
        .toList();
  }

  private static Connection connect(Path dir, boolean readOnly) throws Exception {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DATABASE), config.toProperties());
  }
}

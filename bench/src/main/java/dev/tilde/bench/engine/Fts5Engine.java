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
import java.util.stream.Collectors;
import org.sqlite.SQLiteConfig;

/**
 * SQLite FTS5 through sqlite-jdbc, what many people embed instead: Porter stemming over {@code unicode61} with
 * diacritics removed, {@code bm25()} ranking (title weighted 2, as Tilde weighs it) and {@code snippet()} for the
 * highlights. SQLite has one writer, so the build inserts from one thread, in one transaction.
 */
public final class Fts5Engine implements Engine {
  /** The database file inside an index directory. */
  public static final String DATABASE = "index.db";
  /** The table, as the {@code sqlite3} shell sees it too. */
  public static final String CREATE_TABLE = "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
      + "tokenize = 'porter unicode61 remove_diacritics 2')";
  /** Top hits with a snippet of the body, {@code ?} being the FTS5 query; {@code rank} is bm25 with the weights. */
  public static final String SEARCH = "SELECT id, title, snippet(docs, 2, '**', '**', '…', 32) FROM docs "
      + "WHERE docs MATCH ? ORDER BY rank LIMIT " + Searcher.TOP;
  private static final String RANKING = "bm25(0.0, 2.0, 1.0)";
  private static final int BATCH = 500;

  @Override
  public String name() {
    return "SQLite FTS5";
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
      PreparedStatement search = db.prepareStatement(SEARCH);
      return new Searcher() {
        @Override
        public Result search(BenchQuery query) throws Exception {
          search.setString(1, matchExpression(query));
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
    return query.parts().stream()
        .map(part -> "\"" + String.join(" ", part.words()).replace("\"", "") + "\"")
        .collect(Collectors.joining(" "));
  }

  private static Connection connect(Path dir, boolean readOnly) throws Exception {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(readOnly);
    return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DATABASE), config.toProperties());
  }
}

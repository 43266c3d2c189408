package dev.tilde;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.index.CommitMetadata;
import dev.tilde.index.IndexInfo;
import dev.tilde.index.TildeWriter;
import dev.tilde.index.WriteOptions;
import dev.tilde.query.ParsedQuery;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import dev.tilde.search.Hit;
import dev.tilde.search.Highlighter;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Searchable;
import dev.tilde.search.Snippet;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The library's entry point: an open, on-disk Tilde index that answers searches with ranked, highlighted hits.
 *
 * <pre>{@code
 * try (TildeIndex index = TildeIndex.open(Path.of("index"))) {
 *   for (Hit hit : index.search("lopez obrador", 10).hits()) {
 *     System.out.println(hit.score() + " " + hit.title());
 *   }
 * }
 * }</pre>
 *
 * <p>Instances are safe for concurrent searches from many threads.
 */
public final class TildeIndex implements Searchable {
  /** Passages shown per hit unless the caller asks otherwise. */
  public static final int DEFAULT_SNIPPETS = 2;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queryBuilder;
  private final Highlighter highlighter;
  private final TildeAnalysis analysis;

  private TildeIndex(Directory directory, DirectoryReader reader, TildeAnalysis analysis) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.analysis = analysis;
    this.queryBuilder = new QueryBuilder(analysis);
    this.highlighter = new Highlighter(searcher, analysis.indexAnalyzer());
  }

  /**
   * Opens the index in {@code path} for searching.
   *
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   */
  public static TildeIndex open(Path path) {
    return open(path, TildeAnalysis.standard());
  }

  /**
   * Opens the index in {@code path} for searching with {@code analysis}, for example one with the user's own alias
   * table ({@link TildeAnalysis#withAliases}).
   *
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   */
  public static TildeIndex open(Path path, TildeAnalysis analysis) {
    if (!Files.isDirectory(path)) {
      throw new NoIndexException(path);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(path);
      }
      DirectoryReader reader = DirectoryReader.open(directory);
      try {
        CommitMetadata.fromUserData(reader.getIndexCommit().getUserData()).requireCompatible(path);
      } catch (IncompatibleIndexException e) {
        closeQuietly(reader);
        throw e;
      }
      return new TildeIndex(directory, reader, analysis);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new TildeException("cannot open index at " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /**
   * Opens the index in {@code path} for writing, creating it if needed; see {@link TildeWriter}.
   *
   * @throws TildeException if another writer holds it, or it was built with another analysis
   */
  public static TildeWriter openForWriting(Path path) {
    return TildeWriter.open(path, WriteOptions.update());
  }

  /** Opens the index in {@code path} for writing as {@code options} say (a rebuild, a RAM buffer size). */
  public static TildeWriter openForWriting(Path path, WriteOptions options) {
    return TildeWriter.open(path, options);
  }

  /**
   * Describes the index in {@code path}: documents, segments, size, analysis, last commit, inputs.
   *
   * @throws NoIndexException if there is no index there
   */
  public static IndexInfo info(Path path) {
    return IndexInfo.read(path);
  }

  /** Searches for {@code query} and returns at most {@code limit} hits with {@link #DEFAULT_SNIPPETS} snippets. */
  @Override
  public SearchResults search(String query, int limit) {
    if (limit < 1) {
      throw new TildeException("limit must be at least 1, got " + limit);
    }
    ParsedQuery parsed = queryBuilder.build(query, reader);
    try {
      TopDocs top = searcher.search(parsed.query(), new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
      List<List<Snippet>> snippets = highlighter.snippets(parsed.query(), top.scoreDocs, DEFAULT_SNIPPETS);
      StoredFields stored = searcher.storedFields();
      List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        Document doc = stored.document(sd.doc);
        IndexableField date = doc.getField(Schema.DATE);
        hits.add(new Hit(doc.get(Schema.ID), doc.get(Schema.PATH), doc.get(Schema.TITLE),
            date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), doc.get(Schema.LANG),
            sd.score, snippets.get(i)));
      }
      return new SearchResults(query, parsed.parsedAs(), top.totalHits.value(), hits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lucene's explanation of how the document with {@code id} scored for {@code query}, as indented text; empty when
   * no document has that id.
   */
  @Override
  public String explain(String query, String id) {
    try {
      TopDocs byId = searcher.search(new TermQuery(Schema.idTerm(id)), 1);
      if (byId.scoreDocs.length == 0) {
        return "";
      }
      return searcher.explain(queryBuilder.build(query, reader).query(), byId.scoreDocs[0].doc).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The analysis this index is searched with. */
  public TildeAnalysis analysis() {
    return analysis;
  }

  /** How many documents the index holds. */
  public int documentCount() {
    return reader.numDocs();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}

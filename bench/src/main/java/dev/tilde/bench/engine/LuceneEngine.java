package dev.tilde.bench.engine;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.CorpusFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Bare Lucene, the floor Tilde's analysis adds cost to: {@link StandardAnalyzer}, a title and one body field (stored,
 * offsets in the postings so the {@link UnifiedHighlighter} marks matches as Tilde's does), the classic query parser
 * over both (title weighted 2, as Tilde weighs it), and the same threads and RAM buffer as Tilde.
 */
public final class LuceneEngine implements Engine {
  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String BODY = "body";
  private static final FieldType BODY_TYPE = bodyType();

  @Override
  public String name() {
    return "Lucene";
  }

  @Override
  public void build(CorpusFile corpus, Path dir, BuildSettings settings) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(settings.ramBufferMb());
    try (Directory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
      corpus.feed(settings.threads(), doc -> writer.addDocument(document(doc)));
      writer.commit();
    }
  }

  private static Document document(CorpusDocument doc) {
    Document d = new Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
    d.add(new Field(BODY, doc.body(), BODY_TYPE));
    return d;
  }

  @Override
  public EngineIndex open(Path dir) throws Exception {
    Directory directory = FSDirectory.open(dir);
    DirectoryReader reader = DirectoryReader.open(directory);
    IndexSearcher searcher = new IndexSearcher(reader);
    Analyzer analyzer = new StandardAnalyzer();
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer).build();
    return new EngineIndex() {
      @Override
      public Searcher searcher() {
        // The query parser keeps state while parsing: one per thread.
        QueryParser parser = new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer,
            Map.of(TITLE, 2f, BODY, 1f));
        return (query, count) -> {
          Query parsed = parser.parse(query.text());
          TopDocs top = searcher.search(parsed, count);
          String[] snippets = highlighter.highlight(BODY, parsed, top, 2);
          StoredFields stored = searcher.storedFields();
          List<String> ids = new ArrayList<>();
          List<String> titles = new ArrayList<>();
          List<String> marked = new ArrayList<>();
          for (int i = 0; i < top.scoreDocs.length; i++) {
            Document doc = stored.document(top.scoreDocs[i].doc, Set.of(ID, TITLE));
            ids.add(doc.get(ID));
            titles.add(doc.get(TITLE));
            marked.add(snippets[i] == null ? "" : snippets[i].replace("<b>", "**").replace("</b>", "**"));
          }
          return new Searcher.Result(ids, titles, marked);
        };
      }

      @Override
      public void close() throws IOException {
        reader.close();
        directory.close();
      }
    };
  }

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

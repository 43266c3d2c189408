package dev.tilde.bench.analysis;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Europarl;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of the analysis alone, document after document of Europarl: Lucene's {@link StandardAnalyzer} on
 * title and body, Tilde's {@code text} chain on the same fields, and everything Tilde does to analyse a document for
 * the index (language detection, the text chain on title and body, the stemmed body). Each counts the tokens it
 * makes and the UTF-8 bytes it reads, so JMH reports tokens/s and bytes/s beside operations (documents) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AnalysisBenchmark {
  /** How many Europarl documents the benchmark cycles through. */
  @Param("2000")
  public int documents;

  private List<CorpusDocument> docs;
  private long[] bytes;
  private Analyzer standard;
  private Analyzer tilde;

  /** Tokens and bytes analysed, per thread; JMH reports them as rates. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counts {
    public long tokens;
    public long bytes;
    int next;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
      bytes = 0;
    }
  }

  @Setup
  public void setUp() {
    docs = Europarl.documents(documents);
    bytes = docs.stream()
        .mapToLong(d -> (d.title() + d.body()).getBytes(StandardCharsets.UTF_8).length)
        .toArray();
    standard = new StandardAnalyzer();
    tilde = TildeAnalysis.standard().indexAnalyzer();
  }

  @Benchmark
  public void standardAnalyzer(Counts counts) throws IOException {
    CorpusDocument doc = next(counts);
    counts.tokens += tokens(standard, "title", doc.title()) + tokens(standard, "body", doc.body());
  }

  @Benchmark
  public void tildeTextChain(Counts counts) throws IOException {
    CorpusDocument doc = next(counts);
    counts.tokens += tokens(tilde, Schema.TITLE, doc.title()) + tokens(tilde, Schema.BODY, doc.body());
  }

  @Benchmark
  public void tildeDocument(Counts counts) throws IOException {
    CorpusDocument doc = next(counts);
    Document lucene = Schema.toLuceneDocument(new TildeDocument(doc.id(), doc.id(), doc.title(), doc.body(),
        LocalDate.parse(doc.date()), null, null, null), dev.tilde.analysis.LanguageDetector.languageOf(new TildeDocument(doc.id(), doc.id(), doc.title(), doc.body(),
        LocalDate.parse(doc.date()), null, null, null)));
    for (IndexableField field : lucene.getFields()) {
      // Lucene analyses what is indexed and tokenized (a stored-only field is "tokenized" but not indexed).
      if (field.fieldType().indexOptions() != IndexOptions.NONE && field.fieldType().tokenized()) {
        counts.tokens += tokens(field.tokenStream(tilde, null));
      }
    }
  }

  private CorpusDocument next(Counts counts) {
    int i = counts.next;
    counts.next = (i + 1) % docs.size();
    counts.bytes += bytes[i];
    return docs.get(i);
  }

  private static long tokens(Analyzer analyzer, String field, String text) throws IOException {
    return tokens(analyzer.tokenStream(field, text));
  }

  private static long tokens(TokenStream stream) throws IOException {
    long n = 0;
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        n++;
      }
      stream.end();
    }
    return n;
  }
}

package dev.tilde.bench.measure;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.bench.corpus.BenchQuery;
import dev.tilde.bench.corpus.CorpusFile;
import dev.tilde.bench.corpus.Europarl;
import dev.tilde.bench.corpus.QuerySet;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.Indexer;
import dev.tilde.query.QueryBuilder;
import dev.tilde.query.SharedFuzzyAutomata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures what Tilde's copy of Lucene's fuzzy enumeration buys ({@code SharedFuzzyAutomata}: one set of Levenshtein
 * automata per word, for every field, kept between searches) against Lucene's own {@code FuzzyQuery} and {@code
 * FuzzyTermsEnum}, which build a set per field at every use: the query set's queries searched top 10 (rewrite and
 * collection, no snippets), and the typo candidates of each query word enumerated as "did you mean" does. The
 * variants take turns query by query, so a change in the machine's load touches them alike. Run with {@code
 * bin/benchmark --typo-automata}; prints a markdown table for docs/BENCHMARKS.md.
 */
public final class TypoAutomataComparison {
  private static final int WARMUP_ROUNDS = 5;
  private static final int ROUNDS = 10;

  /** What every measured call returned, summed: work whose result is used cannot be dropped by the JIT. */
  private static volatile long sink;

  private TypoAutomataComparison() {}

  /** Builds an index of Europarl under {@code work}, measures, and returns the table. */
  public static String run(Path work) throws IOException {
    Path index = work.resolve("typo-automata-index");
    CorpusFile corpus = CorpusFile.write(Europarl.documents(), 1, work.resolve("typo-automata-corpus.jsonl"));
    Indexer.index(index, List.of(corpus.file()), IndexOptions.defaults().withFull(true).withWarnings(w -> { }));
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null); // every variant pays its own way, every round
      TildeAnalysis analysis = TildeAnalysis.standard();
      QueryBuilder builder = new QueryBuilder(analysis);
      List<Query> queries = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (BenchQuery query : QuerySet.standard()) {
        queries.add(builder.build(query.text(), reader).query());
        TildeAnalysis.tokens(analysis.foldedAnalyzer(), "body", query.text()).forEach(t -> words.add(t.term()));
      }
      SharedFuzzyAutomata kept = new SharedFuzzyAutomata(SharedFuzzyAutomata.DEFAULT_BYTES);
      Map<String, ToLongFunction<Query>> search = new LinkedHashMap<>();
      search.put("Lucene's FuzzyQuery", q -> count(searcher, q));
      search.put("shared automata, none kept", q -> count(searcher, new SharedFuzzyAutomata(0).share(q)));
      search.put("shared automata, kept (as shipped)", q -> count(searcher, kept.share(q)));
      Terms body = MultiTerms.getTerms(reader, "body");
      Map<String, ToLongFunction<String>> spell = new LinkedHashMap<>();
      spell.put("Lucene's FuzzyTermsEnum", w -> candidates(luceneTermsWithin(body, w)));
      spell.put("shared automata, none kept", w -> candidates(termsWithin(new SharedFuzzyAutomata(0), body, w)));
      spell.put("shared automata, kept (as shipped)", w -> candidates(termsWithin(kept, body, w)));
      StringBuilder table = new StringBuilder();
      table.append(section("Typo-tolerant queries, top 10 without snippets (" + queries.size() + " queries)",
          measure(search, queries)));
      table.append(section("Typo candidates of each query word, as \"did you mean\" enumerates them ("
          + words.size() + " words)", measure(spell, words)));
      return table.toString();
    }
  }

  private static <T> Map<String, double[]> measure(Map<String, ToLongFunction<T>> variants, List<T> inputs) {
    Map<String, double[]> micros = new LinkedHashMap<>();
    variants.keySet().forEach(name -> micros.put(name, new double[ROUNDS * inputs.size()]));
    for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (int i = 0; i < inputs.size(); i++) {
        for (Map.Entry<String, ToLongFunction<T>> variant : variants.entrySet()) {
          long start = System.nanoTime();
          sink += variant.getValue().applyAsLong(inputs.get(i));
          long took = System.nanoTime() - start;
          if (round >= WARMUP_ROUNDS) {
            micros.get(variant.getKey())[(round - WARMUP_ROUNDS) * inputs.size() + i] = took / 1_000.0;
          }
        }
      }
    }
    return micros;
  }

  private static String section(String title, Map<String, double[]> micros) {
    StringBuilder out = new StringBuilder("\n#### " + title + "\n\n| variant | p50, µs | p99, µs | mean, µs |\n"
        + "| --- | ---: | ---: | ---: |\n");
    micros.forEach((name, values) -> out.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", name,
        Stats.percentile(values, 50), Stats.percentile(values, 99), Arrays.stream(values).average()
            .orElse(0))));
    return out.toString();
  }

  /** Typo tolerance's rule, which "did you mean" follows: two edits from nine letters, else one. */
  private static int edits(String word) {
    return word.length() >= 9 ? 2 : 1;
  }

  private static TermsEnum luceneTermsWithin(Terms terms, String word) {
    try {
      return new FuzzyTermsEnum(terms, new Term("body", word), edits(word), Math.max(1, edits(word) - 1), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TermsEnum termsWithin(SharedFuzzyAutomata automata, Terms terms, String word) {
    try {
      return automata.termsWithin(terms, word, edits(word), Math.max(1, edits(word) - 1), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long candidates(TermsEnum terms) {
    try {
      long n = 0;
      while (terms.next() != null) {
        n += terms.docFreq();
      }
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(IndexSearcher searcher, Query query) {
    try {
      return searcher.search(query, 10).totalHits.value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.tilde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.analysis.Token;
import dev.tilde.index.TildeWriter;
import dev.tilde.schema.Schema;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshingSearchTest {
  @TempDir Path dir;

  /** Adds the seed {@code name} to the index at {@code path} and commits, as an indexer in another process would. */
  private static void addSeed(Path path, String name) throws IOException {
    Path file = SeedIndex.seedFiles().stream().filter(f -> f.getFileName().toString().equals(name)).findFirst()
        .orElseThrow();
    try (TildeWriter writer = TildeIndex.openForWriting(path)) {
      writer.put(DatedSeedIndex.document(file));
      writer.commit();
    }
  }

  @Test
  void seesANewCommitWithoutReopening() throws IOException {
    Path path = dir.resolve("index");
    addSeed(path, "002_93535a9ed92f4643.txt");
    try (TildeIndex index = TildeIndex.open(path)) {
      assertThat(index.search("Tuscaloosa", 10).total()).isZero();

      addSeed(path, "000_355b59ce4fb1aa64.txt");

      assertThat(index.documentCount()).isEqualTo(2);
      SearchResults after = index.search("Tuscaloosa", 10);
      assertThat(after.hits()).singleElement()
          .satisfies(hit -> assertThat(hit.id()).isEqualTo("000_355b59ce4fb1aa64.txt"));
    }
  }

  @Test
  void servesConcurrentSearchesWhileTheIndexGrows() throws Exception {
    Path path = dir.resolve("index");
    addSeed(path, "000_355b59ce4fb1aa64.txt");
    List<String> rest = List.of("001_3243c8592de719a6.txt", "002_93535a9ed92f4643.txt", "003_996f0d832b119001.txt",
        "004_90803ba7146971af.txt");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (TildeIndex index = TildeIndex.open(path)) {
      List<Future<Long>> totals = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        totals.add(pool.submit(() -> index.search("harris lopez obrador", 3).total()));
        if (i % 10 == 0) {
          addSeed(path, rest.get(i / 10));
        }
      }
      for (Future<Long> total : totals) {
        assertThat(total.get()).isBetween(1L, 5L);
      }
      assertThat(index.search("harris lopez obrador", 3).total()).isEqualTo(5);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void refusesToSearchOnceClosed() throws IOException {
    Path path = dir.resolve("index");
    addSeed(path, "002_93535a9ed92f4643.txt");
    TildeIndex index = TildeIndex.open(path);
    index.close();

    assertThatThrownBy(() -> index.search("harris", 10))
        .isInstanceOf(TildeException.class)
        .hasMessage("index at " + path + " is closed");
  }

  @Test
  void analyzeShowsTheWordsTheIndexSearchesFor() throws IOException {
    Path path = dir.resolve("index");
    addSeed(path, "002_93535a9ed92f4643.txt");
    try (TildeIndex index = TildeIndex.open(path)) {
      assertThat(index.analysis().analyze(Schema.BODY, "Andrés Manuel López Obrador")).extracting(Token::term)
          .contains("andres", "manuel", "lopez", "obrador");
    }
  }
}

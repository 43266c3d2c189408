package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.search.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  @Test
  void indexesEverySeedArticleWithItsFirstLineAsTitle() throws IOException {
    Path index = dir.resolve("index");

    IndexSummary summary = Indexer.index(index, List.of(SEEDS), warnings::add);

    assertThat(summary.indexed()).isEqualTo(5);
    assertThat(summary.totalDocs()).isEqualTo(5);
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.bytes()).isEqualTo(sizeOfSeeds());
    try (TildeIndex searcher = TildeIndex.open(index)) {
      List<Hit> hits = searcher.search("Quicktake", 10).hits();
      assertThat(hits).extracting(Hit::title)
          .containsExactly("Kamala Harris Meets Mexican President AMLO in Mexico City");
      assertThat(hits.get(0).path()).endsWith("002_93535a9ed92f4643.txt");
    }
  }

  @Test
  void reindexingTheSameFilesReplacesRatherThanDuplicates() {
    Path index = dir.resolve("index");

    Indexer.index(index, List.of(SEEDS), warnings::add);
    IndexSummary again = Indexer.index(index, List.of(SEEDS), warnings::add);

    assertThat(again.totalDocs()).isEqualTo(5);
  }

  @Test
  void skipsBinaryAndEmptyFilesAndSaysWhy() throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in"));
    Files.copy(SEEDS.resolve("003_996f0d832b119001.txt"), inputs.resolve("article.txt"));
    Files.write(inputs.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.writeString(inputs.resolve("blank.txt"), "  \n\n ");

    IndexSummary summary = Indexer.index(dir.resolve("index"), List.of(inputs), warnings::add);

    assertThat(summary.indexed()).isEqualTo(1);
    assertThat(summary.failures()).extracting(IndexSummary.Failure::reason)
        .containsExactlyInAnyOrder("binary file, not text", "empty file");
    assertThat(warnings).hasSize(2);
  }

  @Test
  void keepsADocumentWithInvalidUtf8AndWarns() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Pe\u00f1a Nieto visit\u00f3 Washington".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    IndexSummary summary = Indexer.index(dir.resolve("index"), List.of(file), warnings::add);

    assertThat(summary.indexed()).isEqualTo(1);
    assertThat(warnings).singleElement().asString().contains("not valid UTF-8");
    try (TildeIndex searcher = TildeIndex.open(dir.resolve("index"))) {
      assertThat(searcher.search("Washington", 10).hits()).singleElement()
          .extracting(Hit::title).asString().contains("\ufffd");
    }
  }

  @Test
  void refusesAMissingInputWithoutTouchingTheIndex() {
    Path index = dir.resolve("index");
    Indexer.index(index, List.of(SEEDS), warnings::add);

    assertThatThrownBy(() -> Indexer.index(index, List.of(dir.resolve("nope")), warnings::add))
        .isInstanceOf(TildeException.class)
        .hasMessage("no such file or directory: " + dir.resolve("nope"));
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.documentCount()).isEqualTo(5);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aSecondWriterOnTheSameIndexFailsAtOnce() throws IOException {
    Path index = dir.resolve("index");
    Indexer.index(index, List.of(SEEDS), warnings::add);

    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter holder = new IndexWriter(directory, new IndexWriterConfig())) {
      assertThatThrownBy(() -> Indexer.index(index, List.of(SEEDS), warnings::add))
          .isInstanceOf(TildeException.class)
          .hasMessageContaining("is locked: another indexer is writing to it");
    }
  }

  private static long sizeOfSeeds() throws IOException {
    long total = 0;
    try (var files = Files.list(SEEDS)) {
      for (Path p : files.toList()) {
        total += Files.size(p);
      }
    }
    return total;
  }
}

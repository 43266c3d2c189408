package dev.tilde.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.IncompatibleIndexException;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.schema.IdNamespace;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TildeWriterTest {
  @TempDir Path dir;

  private static TildeDocument article(String id, String body) {
    return new TildeDocument(id, "/news/" + id + ".txt", "Title of " + id, body);
  }

  @Test
  void putReplacesByIdAndDeleteRemoves() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("a", "Andrés Manuel López Obrador"));
      writer.put(article("b", "Kamala Harris"));
      writer.put(article("a", "Alejandro Giammattei"));
      writer.delete("b");
      writer.commit(List.of("/news"), true);
    }

    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.documentCount()).isEqualTo(1);
      assertThat(searcher.search("Giammattei", 5).hits()).singleElement()
          .satisfies(hit -> assertThat(hit.id()).isEqualTo("a"));
      assertThat(searcher.search("Obrador", 5).hits()).isEmpty();
    }
  }

  @Test
  void uncommittedChangesAreInvisibleAndDiscardedOnClose() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("a", "first"));
      writer.commit();
    }
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("b", "second"));
      assertThat(writer.documentCount()).isEqualTo(2);
      try (TildeIndex searcher = TildeIndex.open(index)) {
        assertThat(searcher.documentCount()).isEqualTo(1);
      }
    }
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void commitRecordsTheAnalysisTheInputsAndWhetherTheJobFinished() {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("a", "text"));
      writer.commit(List.of("/news", "-"), false);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    IndexInfo info = TildeIndex.info(index);

    assertThat(info.documents()).isEqualTo(1);
    assertThat(info.segments()).isEqualTo(1);
    assertThat(info.sizeBytes()).isPositive();
    assertThat(info.commit().analysisVersion()).isEqualTo(Schema.ANALYSIS_VERSION);
    assertThat(info.commit().compatible()).isTrue();
    assertThat(info.commit().jobComplete()).isFalse();
    assertThat(info.commit().inputs()).containsExactly("/news", "-");
    assertThat(info.commit().committedAt()).isNotNull();
  }

  @Test
  void refusesAnIndexBuiltWithAnotherAnalysisUntilRebuilt() throws IOException {
    Path index = dir.resolve("index");
    writeRawIndex(index, Map.of("tilde.analysis", "0"));

    assertThatThrownBy(() -> TildeIndex.open(index))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessage("index at " + index + " was built with analysis version 0, but this Tilde uses "
            + Schema.ANALYSIS_VERSION + ": rebuild it with 'tilde index --full --index " + index + " PATH...'");
    assertThatThrownBy(() -> TildeIndex.openForWriting(index)).isInstanceOf(IncompatibleIndexException.class);
    assertThat(TildeIndex.info(index).commit().compatible()).isFalse();

    try (TildeWriter writer = TildeIndex.openForWriting(index, new WriteOptions(true, 16))) {
      writer.put(article("a", "rebuilt"));
      writer.commit(List.of(), true);
    }
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.documentCount()).isEqualTo(1);
    }
  }

  @Test
  void refusesAnIndexThatRecordedNoAnalysis() throws IOException {
    Path index = dir.resolve("index");
    writeRawIndex(index, Map.of());

    assertThatThrownBy(() -> TildeIndex.open(index))
        .isInstanceOf(IncompatibleIndexException.class)
        .hasMessageContaining("built by an older Tilde that did not record its analysis")
        .hasMessageContaining("tilde index --full");
  }

  @Test
  void aSecondWriterFailsAtOnce() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter first = TildeIndex.openForWriting(index)) {
      assertThatThrownBy(() -> TildeIndex.openForWriting(index))
          .isInstanceOf(TildeException.class)
          .hasMessage("index at " + index + " is locked: another indexer is writing to it");
    }
  }

  @Test
  void aRebuildStaysInvisibleUntilItCommits() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("old", "Obrador"));
      writer.commit();
    }
    try (TildeIndex before = TildeIndex.open(index);
        TildeWriter rebuild = TildeIndex.openForWriting(index, new WriteOptions(true, 16))) {
      rebuild.put(article("new", "Giammattei"));
      assertThat(rebuild.committed().documentCount()).isEqualTo(1);
      assertThat(rebuild.documentCount()).isEqualTo(1);
      try (TildeIndex during = TildeIndex.open(index)) {
        assertThat(during.search("Obrador", 5).hits()).hasSize(1);
        assertThat(during.search("Giammattei", 5).hits()).isEmpty();
      }

      rebuild.commit(List.of(), true);

      // An open index moves to the new generation at its next search, whole: never a mix of old and new.
      assertThat(before.search("Obrador", 5).hits()).isEmpty();
      assertThat(before.search("Giammattei", 5).hits()).hasSize(1);
      try (TildeIndex after = TildeIndex.open(index)) {
        assertThat(after.search("Obrador", 5).hits()).isEmpty();
        assertThat(after.search("Giammattei", 5).hits()).hasSize(1);
      }
    }
  }

  @Test
  void flushedBuffersStayInvisibleAndARolledBackRebuildKeepsTheOldIndex() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("old", "Obrador"));
      writer.commit();
    }
    TildeWriter rebuild = TildeIndex.openForWriting(index, new WriteOptions(true, 16));
    rebuild.put(article("new", "Giammattei"));
    rebuild.flushBuffers();
    try (TildeIndex during = TildeIndex.open(index)) {
      assertThat(during.search("Obrador", 5).hits()).hasSize(1);
      assertThat(during.search("Giammattei", 5).hits()).isEmpty();
    }

    rebuild.rollback();

    try (TildeIndex after = TildeIndex.open(index)) {
      assertThat(after.search("Obrador", 5).hits()).hasSize(1);
      assertThat(after.search("Giammattei", 5).hits()).isEmpty();
    }
  }

  @Test
  void aCommitAfterFlushingBuffersHoldsEveryDocument() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(article("n1", "Obrador"));
      writer.flushBuffers();
      writer.put(article("n2", "Giammattei"));
      writer.put(article("n1", "Harris"));
      writer.flushBuffers();
      writer.commit();
    }
    try (TildeIndex after = TildeIndex.open(index)) {
      assertThat(after.search("Giammattei", 5).hits()).hasSize(1);
      assertThat(after.search("Harris", 5).hits()).extracting(Hit::id).containsExactly("n1");
      assertThat(after.search("Obrador", 5).hits()).isEmpty();
    }
  }

  @Test
  void theSnapshotFindsCommittedDocumentsWithTheirHashAndPath() throws IOException {
    Path index = dir.resolve("index");
    TildeDocument full = new TildeDocument("n1", "/news/feed.jsonl", "Harris in Mexico", "López Obrador met Harris",
        LocalDate.of(2021, 6, 8), "Bloomberg", "en", Map.of("section", "politics"));
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(full);
      writer.put(article("a", "text"));
      writer.commit();
    }

    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      IndexSnapshot snapshot = writer.committed();
      IndexSnapshot.Entry entry = snapshot.find(full.key());
      assertThat(entry.contentHash()).isEqualTo(Schema.contentHash(full));
      assertThat(snapshot.find(IdNamespace.TEXT.key("missing"))).isNull();
      assertThat(snapshot.find(IdNamespace.FILE.key("n1"))).isNull();
      assertThat(snapshot.key(entry.ordinal())).isEqualTo("text:n1");
      assertThat(snapshot.document(entry.ordinal())).isEqualTo(full);
      List<String> paths = new ArrayList<>();
      snapshot.forEachDocument((path, ordinal) -> paths.add(path));
      assertThat(paths).containsExactlyInAnyOrder("/news/feed.jsonl", "/news/a.txt");
    }
  }

  /** An index written with plain Lucene, as an older or foreign build would have left it. */
  private static void writeRawIndex(Path index, Map<String, String> userData) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      TildeDocument raw = article("raw", "text");
      writer.addDocument(Schema.toLuceneDocument(raw, dev.tilde.analysis.LanguageDetector.languageOf(raw)));
      writer.setLiveCommitData(userData.entrySet());
      writer.commit();
    }
  }
}

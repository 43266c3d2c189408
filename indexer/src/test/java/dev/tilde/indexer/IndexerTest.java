package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.index.IndexInfo;
import dev.tilde.index.TildeWriter;
import dev.tilde.search.Hit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static final String LEAD = "Kamala Harris met Andrés Manuel López Obrador at the National Palace in"
      + " Mexico City on Tuesday to talk about migration, development in Central America and security, the last"
      + " stop of her first trip abroad as vice president.";

  @TempDir Path dir;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  private IndexOptions options() {
    return IndexOptions.defaults().withWarnings(warnings::add);
  }

  private Path index() {
    return dir.resolve("index");
  }

  private IndexSummary index(Path... inputs) {
    return Indexer.index(index(), List.of(inputs), options());
  }

  private List<Hit> search(String query) {
    try (TildeIndex searcher = TildeIndex.open(index())) {
      return searcher.search(query, 50).hits();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private int documentCount() {
    return TildeIndex.info(index()).documents();
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void indexesTheSeedsWithTheirHeadlinesDatesAndSources() throws IOException {
    IndexSummary summary = index(SEEDS);

    assertThat(summary.added()).isEqualTo(5);
    assertThat(summary.totalDocs()).isEqualTo(5);
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.bytes()).isEqualTo(sizeOfSeeds());
    assertThat(search("Obrador")).extracting(Hit::title).contains(
        "Harris Talked Migration In Meeting With Mexico's President López Obrador",
        "Kamala Harris Meets Mexican President AMLO in Mexico City");
    Hit bloomberg = search("encounters").get(0);
    assertThat(bloomberg.path()).endsWith("002_93535a9ed92f4643.txt");
    assertThat(bloomberg.date()).isEqualTo(LocalDate.of(2021, 6, 8));
    assertThat(search("\"Digital Media Center\"")).isEmpty();
    assertThat(warnings).isEmpty();
  }

  @Test
  void reRunningOnTheSameInputsChangesNothing() {
    index(SEEDS);

    IndexSummary again = index(SEEDS);

    assertThat(again).extracting(IndexSummary::added, IndexSummary::updated, IndexSummary::deleted,
        IndexSummary::unchanged, IndexSummary::totalDocs).containsExactly(0L, 0L, 0L, 5L, 5L);
  }

  @Test
  void anIncrementalRunAddsWhatIsNewUpdatesWhatChangedAndDeletesWhatIsGone() throws IOException {
    write("a.txt", "Harris in Guatemala\n" + LEAD);
    Path b = write("b.txt", "Harris in Mexico\n" + LEAD);
    Path c = write("c.txt", "Harris visits Honduras\n" + LEAD);
    index(dir.resolve("in"));

    Files.writeString(b, "Harris meets Giammattei\n" + LEAD);
    Files.delete(c);
    write("sub/d.md", "# Ebrard talks about migration\n\n" + LEAD);
    IndexSummary summary = index(dir.resolve("in"));

    assertThat(summary).extracting(IndexSummary::added, IndexSummary::updated, IndexSummary::deleted,
        IndexSummary::unchanged, IndexSummary::totalDocs).containsExactly(1L, 1L, 1L, 1L, 3L);
    assertThat(search("Giammattei")).extracting(Hit::title).containsExactly("Harris meets Giammattei");
    assertThat(search("Honduras")).isEmpty();
    assertThat(search("Ebrard")).extracting(Hit::title).containsExactly("Ebrard talks about migration");
  }

  @Test
  void deletesOnlyDocumentsUnderTheInputsOfTheRun() throws IOException {
    index(SEEDS);
    Path other = write("other.txt", "Harris visits Honduras\n" + LEAD);

    IndexSummary summary = index(other);

    assertThat(summary.deleted()).isZero();
    assertThat(summary.totalDocs()).isEqualTo(6);
    assertThat(TildeIndex.info(index()).commit().inputs())
        .containsExactly(SEEDS.toAbsolutePath().normalize().toString(), other.toAbsolutePath().toString());
  }

  @Test
  void readsHtmlMarkdownAndGzipCompressedInputs() throws IOException {
    write("page.html", "<html><head><title>Harris meets Giammattei</title><script>var x='Honduras';</script>"
        + "</head><body><nav>Honduras Guatemala</nav><p>" + LEAD + "</p></body></html>");
    write("notes.md", "# Ebrard on migration\n\n" + LEAD);
    Files.write(dir.resolve("in/compressed.txt.gz"), gzip("Harris talks to Zúniga\n" + LEAD));

    IndexSummary summary = index(dir.resolve("in"));

    assertThat(summary.added()).isEqualTo(3);
    assertThat(search("Giammattei")).extracting(Hit::title).containsExactly("Harris meets Giammattei");
    assertThat(search("Honduras")).isEmpty();
    assertThat(search("Ebrard")).extracting(Hit::title).containsExactly("Ebrard on migration");
    assertThat(search("Zuniga")).extracting(Hit::title).containsExactly("Harris talks to Zúniga");
  }

  @Test
  void readsNdjsonFilesAndStandardInputWithItsFieldMapping() throws IOException {
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/feed.ndjson.gz"), gzip(
        "{\"id\":\"n1\",\"title\":\"Harris meets Giammattei\",\"body\":\"" + LEAD + "\",\"date\":\"2021-06-07\"}\n"));
    InputStream stdin = new ByteArrayInputStream(("{\"key\":\"s1\",\"headline\":\"Ebrard on migration\","
        + "\"text\":\"" + LEAD + "\",\"section\":\"world\"}\n").getBytes(StandardCharsets.UTF_8));

    IndexSummary summary = Indexer.index(index(), List.of(dir.resolve("in"), Indexer.STDIN), options()
        .withStdin(stdin)
        .withNdjsonFields(new dev.tilde.indexer.source.NdjsonFields("key", "headline", "text", "date", "source",
            "lang", List.of("section"))));

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.failures()).extracting(IndexSummary.Failure::source)
        .containsExactly(dir.resolve("in/feed.ndjson.gz").toAbsolutePath() + ":1");
    assertThat(search("Ebrard")).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo("s1");
      assertThat(hit.path()).isEqualTo("<stdin>");
    });
    assertThat(TildeIndex.info(index()).commit().inputs()).endsWith("-");
  }

  @Test
  void anNdjsonFileIsTheTruthForItsDocumentsButABadLineKeepsThemAll() throws IOException {
    Path feed = write("feed.jsonl", ndjson("n1", "Harris meets Giammattei") + ndjson("n2", "Ebrard on migration")
        + ndjson("n3", "Harris visits Honduras"));
    index(feed);

    Files.writeString(feed, ndjson("n1", "Harris meets Giammattei") + "{\"id\":\"n2\", oops\n");
    IndexSummary withBadLine = index(feed);

    assertThat(withBadLine.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.source()).isEqualTo(feed.toAbsolutePath() + ":2");
      assertThat(failure.reason()).startsWith("not valid JSON");
    });
    assertThat(withBadLine.deleted()).isZero();
    assertThat(documentCount()).isEqualTo(3);

    Files.writeString(feed, ndjson("n1", "Harris meets Giammattei"));
    IndexSummary clean = index(feed);

    assertThat(clean.deleted()).isEqualTo(2);
    assertThat(search("Honduras")).isEmpty();
  }

  @Test
  void theLaterOfTwoLinesWithTheSameIdWinsWhateverTheThreads() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      lines.append(ndjson("n" + i, "Story number " + i + " draft version"));
    }
    for (int i = 0; i < 200; i += 2) {
      lines.append(ndjson("n" + i, "Story number " + i + " revised version"));
    }
    Path feed = write("feed.jsonl", lines.toString());

    IndexSummary summary = Indexer.index(index(), List.of(feed), options().withThreads(4));

    assertThat(summary.totalDocs()).isEqualTo(200);
    try (TildeIndex searcher = TildeIndex.open(index())) {
      assertThat(searcher.search("revised", 1).total()).isEqualTo(100);
      assertThat(searcher.search("draft", 1).total()).isEqualTo(100);
      assertThat(searcher.search("\"number 198 revised\"", 1).total()).isEqualTo(1);
      assertThat(searcher.search("\"number 199 draft\"", 1).total()).isEqualTo(1);
    }
  }

  @Test
  void theLastOfManyLinesInARowWithTheSameIdWinsWhileWorkersShareTheQueue() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      for (String version : List.of("first", "second", "third", "final")) {
        lines.append(ndjson("n" + i, "Story number " + i + " " + version + " version"));
      }
    }
    Path feed = write("feed.jsonl", lines.toString());

    IndexSummary summary = Indexer.index(index(), List.of(feed), options().withThreads(3));

    assertThat(summary.totalDocs()).isEqualTo(300);
    try (TildeIndex searcher = TildeIndex.open(index())) {
      assertThat(searcher.search("\"final version\"", 1).total()).isEqualTo(300);
      assertThat(searcher.search("\"first version\" OR \"second version\" OR \"third version\"", 1).total()).isZero();
    }
  }

  @Test
  void reportsAndSkipsBadInputsWithoutStoppingTheJob() throws IOException {
    write("good.txt", "Harris meets Giammattei\n" + LEAD);
    Files.write(dir.resolve("in/image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    write("blank.txt", "  \n\n ");
    Files.write(dir.resolve("in/latin1.txt"),
        ("Pe\u00f1a Nieto visit\u00f3 Washington\n" + LEAD).getBytes(StandardCharsets.ISO_8859_1));
    write("huge.txt", "Harris visits Honduras\n" + LEAD + " " + "word ".repeat(1000));

    IndexSummary summary = Indexer.index(index(), List.of(dir.resolve("in")), options().withMaxDocumentBytes(2048));

    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.failures()).extracting(f -> dir.resolve("in").relativize(Path.of(f.source())) + ": " + f.reason())
        .containsExactlyInAnyOrder("image.txt: binary file, not text", "blank.txt: empty file");
    assertThat(warnings).anySatisfy(w -> assertThat(w).endsWith("latin1.txt: not valid UTF-8; undecodable bytes"
        + " replaced with U+FFFD"));
    assertThat(warnings).anySatisfy(w -> assertThat(w).endsWith("huge.txt: longer than 2 KB; only the first 2 KB"
        + " indexed"));
    assertThat(warnings).anySatisfy(w -> assertThat(w).endsWith("image.txt: skipped: binary file, not text"));
    assertThat(search("Washington")).singleElement().extracting(Hit::title).asString().contains("\ufffd");
  }

  @Test
  void aFileThatFailsMidReadKeepsTheVersionAlreadyIndexed() throws IOException {
    Path file = dir.resolve("in/story.txt.gz");
    Files.createDirectories(file.getParent());
    byte[] gz = gzip("Harris meets Giammattei\n" + LEAD);
    Files.write(file, gz);
    index(dir.resolve("in"));

    Files.write(file, Arrays.copyOf(gz, gz.length / 2)); // the disk now holds a cut-short copy
    IndexSummary summary = index(dir.resolve("in"));

    assertThat(summary.failures()).singleElement().extracting(IndexSummary.Failure::reason).asString()
        .startsWith("cut short");
    assertThat(summary.deleted()).isZero();
    assertThat(search("Giammattei")).hasSize(1);
  }

  @Test
  void nothingReadableIsReportedAndLeavesTheIndexAlone() throws IOException {
    index(SEEDS);
    Path blank = write("blank.txt", "\n");

    IndexSummary summary = Indexer.index(index(), List.of(blank), options().withFull(true));

    assertThat(summary.nothingIndexed()).isTrue();
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.totalDocs()).isEqualTo(5);
    assertThat(documentCount()).isEqualTo(5);
  }

  @Test
  void aFullRebuildStaysInvisibleToSearchersUntilItIsComplete() throws IOException {
    index(SEEDS);
    Set<String> before = filesIn(index());
    String firstHalf = stories(0, 300);
    String secondHalf = stories(300, 600);
    AtomicBoolean checked = new AtomicBoolean();

    try (TildeIndex openBefore = TildeIndex.open(index())) {
      InputStream checkpoint = new InputStream() {
        @Override
        public int read() {
          if (checked.compareAndSet(false, true)) {
            // Half the rebuild has been handed to the writer; wait until it has put segments on disk...
            awaitNewFile(index(), before);
            // ...and check searchers, old and new, still see only the old generation.
            assertThat(openBefore.search("encounters", 5).hits()).hasSize(1);
            try (TildeIndex during = TildeIndex.open(index())) {
              assertThat(during.documentCount()).isEqualTo(5);
              assertThat(during.search("story", 5).hits()).isEmpty();
            } catch (IOException e) {
              throw new AssertionError(e);
            }
          }
          return -1;
        }
      };
      InputStream stdin = new SequenceInputStream(Collections.enumeration(List.of(
          new ByteArrayInputStream(firstHalf.getBytes(StandardCharsets.UTF_8)), checkpoint,
          new ByteArrayInputStream(secondHalf.getBytes(StandardCharsets.UTF_8)))));

      IndexSummary summary = Indexer.index(index(), List.of(Indexer.STDIN),
          options().withFull(true).withStdin(stdin).withRamBufferMb(1).withThreads(2));

      assertThat(checked).isTrue();
      assertThat(summary).extracting(IndexSummary::added, IndexSummary::deleted, IndexSummary::totalDocs)
          .containsExactly(600L, 5L, 600L);
      // An index open all along moves to the new generation whole, once it is committed.
      assertThat(openBefore.search("encounters", 5).hits()).isEmpty();
      assertThat(openBefore.documentCount()).isEqualTo(600);
    }
    assertThat(search("encounters")).isEmpty();
    assertThat(documentCount()).isEqualTo(600);
    assertThat(TildeIndex.info(index()).commit().inputs()).containsExactly("-");
  }

  @Test
  void aFullRebuildKeepsTheIndexedVersionOfAFileItCannotReadNow() throws IOException {
    Path story = dir.resolve("in/story.txt.gz");
    Files.createDirectories(story.getParent());
    byte[] gz = gzip("Harris meets Giammattei\n" + LEAD);
    Files.write(story, gz);
    write("other.txt", "Ebrard on migration\n" + LEAD);
    index(dir.resolve("in"));

    Files.write(story, Arrays.copyOf(gz, gz.length / 2));
    IndexSummary summary = Indexer.index(index(), List.of(dir.resolve("in")), options().withFull(true));

    assertThat(summary).extracting(IndexSummary::unchanged, IndexSummary::failed, IndexSummary::totalDocs)
        .containsExactly(2L, 1L, 2L);
    assertThat(search("Giammattei")).hasSize(1);
  }

  @Test
  void commitsPeriodicallySoACrashLosesAtMostAnInterval() {
    Path index = index();
    AtomicBoolean sawCommit = new AtomicBoolean();
    InputStream waitForCommit = new InputStream() {
      @Override
      public int read() {
        if (sawCommit.compareAndSet(false, true)) {
          // The job now waits for more input; its periodic commits must make all it read so far durable.
          IndexInfo info = awaitCommit(index, 100);
          assertThat(info.commit().jobComplete()).isFalse();
        }
        return -1;
      }
    };
    InputStream stdin = new SequenceInputStream(Collections.enumeration(List.of(
        new ByteArrayInputStream(stories(0, 100).getBytes(StandardCharsets.UTF_8)), waitForCommit,
        new ByteArrayInputStream(stories(100, 150).getBytes(StandardCharsets.UTF_8)))));

    IndexSummary summary = Indexer.index(index, List.of(Indexer.STDIN),
        options().withStdin(stdin).withCommitInterval(java.time.Duration.ofMillis(50)));

    assertThat(sawCommit).isTrue();
    assertThat(summary.added()).isEqualTo(150);
    assertThat(TildeIndex.info(index).commit().jobComplete()).isTrue();
  }

  @Test
  void reportsProgressWhenAsked() {
    List<IndexProgress> reports = Collections.synchronizedList(new ArrayList<>());

    Indexer.index(index(), List.of(SEEDS), options().withProgress(reports::add));

    IndexProgress last = reports.get(reports.size() - 1);
    assertThat(last.documents()).isEqualTo(5);
    assertThat(last.bytes()).isEqualTo(last.totalBytes());
    assertThat(last.fraction()).isEqualTo(1.0);
  }

  @Test
  void aSecondIndexerOnTheSameIndexFailsAtOnce() throws IOException {
    index(SEEDS);

    try (TildeWriter holder = TildeIndex.openForWriting(index())) {
      assertThatThrownBy(() -> index(SEEDS))
          .isInstanceOf(TildeException.class)
          .hasMessage("index at " + index() + " is locked: another indexer is writing to it");
    }
    assertThat(documentCount()).isEqualTo(5);
  }

  @Test
  void refusesAMissingInputWithoutTouchingTheIndex() {
    index(SEEDS);

    assertThatThrownBy(() -> index(dir.resolve("nope")))
        .isInstanceOf(TildeException.class)
        .hasMessage("no such file or directory: " + dir.resolve("nope"));
    assertThat(documentCount()).isEqualTo(5);
  }

  private static String ndjson(String id, String title) {
    return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"body\":\"" + LEAD + "\"}\n";
  }

  /** NDJSON stories {@code from} (inclusive) to {@code to}, each a few KB of seed text. */
  private static String stories(int from, int to) {
    String text;
    try {
      text = Files.readString(SEEDS.resolve("003_996f0d832b119001.txt")).replace("\"", "'").replace("\n", " ");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      lines.append("{\"id\":\"story-").append(i).append("\",\"title\":\"Story ").append(i)
          .append("\",\"body\":\"").append(text).append("\"}\n");
    }
    return lines.toString();
  }

  private static Set<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  /** Waits (up to a generous limit, so a broken build fails rather than hangs) for a file the index did not have. */
  private static void awaitNewFile(Path index, Set<String> before) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        Set<String> now = filesIn(index);
        now.removeAll(before);
        now.remove("write.lock");
        if (!now.isEmpty()) {
          return;
        }
        Thread.sleep(10);
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("the rebuild wrote nothing to " + index);
  }

  private static IndexInfo awaitCommit(Path index, int documents) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (System.nanoTime() < deadline) {
      try {
        IndexInfo info = TildeIndex.info(index);
        if (info.documents() == documents) {
          return info;
        }
      } catch (TildeException notYet) {
        // no commit yet
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("no periodic commit of " + documents + " documents in " + index);
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
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

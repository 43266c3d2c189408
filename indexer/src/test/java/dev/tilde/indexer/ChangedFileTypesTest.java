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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that stop being files: a file replaced by a link or a FIFO, and special files named on the command line. */
class ChangedFileTypesTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static final String SEED = "002_93535a9ed92f4643.txt";
  private static final String SEED_TITLE = "Kamala Harris Meets Mexican President AMLO in Mexico City";

  @TempDir Path dir;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  private IndexSummary index(boolean full, Path... inputs) {
    return Indexer.index(dir.resolve("index"), List.of(inputs),
        IndexOptions.defaults().withFull(full).withWarnings(warnings::add));
  }

  /** A copy of the seeds, indexed. */
  private Path indexedSeeds() throws IOException {
    Path tree = Files.createDirectories(dir.resolve("tree"));
    try (var seeds = Files.list(SEEDS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, tree.resolve(seed.getFileName()));
      }
    }
    assertThat(index(false, tree).added()).isEqualTo(5);
    return tree;
  }

  private List<String> titles(String query) throws IOException {
    try (TildeIndex index = TildeIndex.open(dir.resolve("index"))) {
      return index.search(query, 10).hits().stream().map(Hit::title).toList();
    }
  }

  static void mkfifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    assertThat(mkfifo.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(mkfifo.exitValue()).isZero();
  }

  @Test
  void aFileReplacedByAFifoKeepsItsDocumentWithAWarning() throws Exception {
    Path tree = indexedSeeds();
    Path seed = tree.resolve(SEED);
    Files.delete(seed);
    mkfifo(seed);

    IndexSummary update = index(false, tree);

    assertThat(update).extracting(IndexSummary::deleted, IndexSummary::unchanged, IndexSummary::totalDocs)
        .containsExactly(0L, 4L, 5L);
    assertThat(update.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.source()).isEqualTo(seed.toAbsolutePath().toString());
      assertThat(failure.reason()).isEqualTo("is now a FIFO, not a file: the documents indexed from it are kept");
    });
    assertThat(titles("\"" + SEED_TITLE + "\"")).containsExactly(SEED_TITLE);

    IndexSummary rebuild = index(true, tree);

    assertThat(rebuild.totalDocs()).isEqualTo(5);
    assertThat(titles("\"" + SEED_TITLE + "\"")).containsExactly(SEED_TITLE);
  }

  @Test
  void aFileReplacedByASymbolicLinkKeepsItsDocumentWithAWarning() throws Exception {
    Path tree = indexedSeeds();
    Path seed = tree.resolve(SEED);
    Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "Somewhere else\nA story from outside the tree.");
    Files.delete(seed);
    Files.createSymbolicLink(seed, elsewhere);

    IndexSummary update = index(false, tree);

    assertThat(update).extracting(IndexSummary::deleted, IndexSummary::totalDocs).containsExactly(0L, 5L);
    assertThat(update.failures()).singleElement().extracting(IndexSummary.Failure::reason)
        .isEqualTo("is now a symbolic link, not a file: the documents indexed from it are kept");
    assertThat(warnings).anySatisfy(warning -> assertThat(warning)
        .isEqualTo(seed + ": skipped symbolic link (use --follow-links to follow it)"));
    assertThat(titles("\"" + SEED_TITLE + "\"")).containsExactly(SEED_TITLE);
    assertThat(titles("somewhere")).isEmpty();
  }

  @Test
  void aFileThatIsGoneIsStillDeleted() throws Exception {
    Path tree = indexedSeeds();
    Files.delete(tree.resolve(SEED));

    IndexSummary update = index(false, tree);

    assertThat(update).extracting(IndexSummary::deleted, IndexSummary::totalDocs).containsExactly(1L, 4L);
    assertThat(update.failures()).isEmpty();
  }

  @Test
  @Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
  void aFifoNamedAsAnInputIsRefusedAtOnceWithoutTouchingTheIndex() throws Exception {
    indexedSeeds();
    Path fifo = dir.resolve("feed.jsonl");
    mkfifo(fifo);

    assertThatThrownBy(() -> index(false, fifo))
        .isInstanceOf(TildeException.class)
        .hasMessage("not a file or directory: " + fifo + " is a FIFO (give - to read NDJSON from standard input)");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), fifo);
    assertThatThrownBy(() -> index(false, link)).hasMessageContaining(link + " is a FIFO");
    assertThatThrownBy(() -> index(false, Path.of("/dev/null"))).hasMessageContaining("/dev/null is a device");
    assertThat(TildeIndex.info(dir.resolve("index")).documents()).isEqualTo(5);
  }
}

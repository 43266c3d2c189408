package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexProgressTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));

  @Test
  void theLastReportBeforeTheFinalCommitSaysItIsCommittingAndTheVeryLastThatItIsDone(@TempDir Path dir) {
    List<IndexProgress> reports = Collections.synchronizedList(new ArrayList<>());

    Indexer.index(dir.resolve("index"), List.of(SEEDS), IndexOptions.defaults().withProgress(reports::add));

    assertThat(reports).hasSizeGreaterThanOrEqualTo(2);
    IndexProgress beforeCommit = reports.get(reports.size() - 2);
    IndexProgress done = reports.getLast();
    assertThat(beforeCommit.committing()).isTrue();
    assertThat(beforeCommit.fraction()).isEqualTo(1.0);
    assertThat(beforeCommit.documents()).isEqualTo(5);
    assertThat(done.committing()).isFalse();
    assertThat(done.documents()).isEqualTo(5);
  }

  @Test
  void progressWhileReadingIsNotCommitting() {
    assertThat(new IndexProgress(10, 1_000, 2_000, 1.0).committing()).isFalse();
  }
}

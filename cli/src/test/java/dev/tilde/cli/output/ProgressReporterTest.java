package dev.tilde.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.indexer.IndexProgress;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
  @Test
  void whileReadingTheLineShowsTheBarRateAndTimeLeft() {
    String line = ProgressReporter.line(new IndexProgress(10, 1_000_000, 2_000_000, 1.0));

    assertThat(line).startsWith("[############............]  50% 10 docs").contains("/s", "ETA 0:00:01")
        .doesNotContain("committing");
  }

  @Test
  void duringTheFinalCommitTheLineSaysCommittingInsteadOfATimeLeft() {
    String line = ProgressReporter.line(new IndexProgress(5, 2_000_000, 2_000_000, 2.0, true));

    assertThat(line).startsWith("[########################] 100% 5 docs").endsWith("  committing…")
        .doesNotContain("ETA");
  }
}

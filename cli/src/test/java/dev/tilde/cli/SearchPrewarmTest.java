package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.DatedSeedIndex;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPrewarmTest {
  @TempDir Path dir;

  @Test
  void startsOnlyForSearch() {
    assertThat(SearchPrewarm.startFor(new String[] {"search", "lopez"})).isTrue();
    assertThat(SearchPrewarm.startFor(new String[] {"index", "seeds"})).isFalse();
    assertThat(SearchPrewarm.startFor(new String[] {"--help"})).isFalse();
    assertThat(SearchPrewarm.startFor(new String[0])).isFalse();
  }

  @Test
  void aSearchRunningAlongsideTheSetUpFindsTheSameHits() throws IOException {
    String index = DatedSeedIndex.build(dir.resolve("index")).toString();
    String[] args = {"search", "--index", index, "--json", "lopez obrador"};
    CliRun before = CliRun.of(args);

    SearchPrewarm.startFor(args);
    CliRun during = CliRun.of(args);

    assertThat(during.exitCode()).isEqualTo(before.exitCode()).isZero();
    assertThat(during.out().replaceAll("\"took_ms\":\\d+", ""))
        .isEqualTo(before.out().replaceAll("\"took_ms\":\\d+", ""));
  }
}

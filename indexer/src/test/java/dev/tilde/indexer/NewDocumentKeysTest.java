package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewDocumentKeysTest {
  @TempDir Path dir;

  @Test
  void remembersEveryKeyAddedAcrossGrowthAndNoOther() {
    NewDocumentKeys keys = new NewDocumentKeys();

    IntStream.range(0, 20_000).forEach(i -> assertThat(keys.add("text:story-" + i)).isTrue());

    assertThat(IntStream.range(0, 20_000)).allMatch(i -> keys.contains("text:story-" + i));
    assertThat(IntStream.range(0, 20_000)).noneMatch(i -> keys.contains("int:" + i));
  }

  @Test
  void stopsRememberingAtItsCapacity() {
    NewDocumentKeys keys = new NewDocumentKeys(2);

    assertThat(keys.add("text:a")).isTrue();
    assertThat(keys.add("text:b")).isTrue();
    assertThat(keys.add("text:a")).isTrue();
    assertThat(keys.add("text:c")).isFalse();

    assertThat(keys.contains("text:b")).isTrue();
    assertThat(keys.contains("text:c")).isFalse();
  }

  @Test
  void aJobThatMeetsMoreNewDocumentsThanItCanRememberSaysSoOnce() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
        {"id":"a","body":"Harris in Guatemala"}
        {"id":"b","body":"Harris in Mexico"}
        {"id":"a","body":"Harris in Guatemala again"}
        {"id":"c","body":"Harris in Honduras"}
        {"id":"d","body":"Harris in El Salvador"}
        {"id":"c","body":"Harris in Honduras again"}
        """);
    List<String> warnings = new ArrayList<>();

    IndexSummary summary = IndexJob.run(dir.resolve("index"), List.of(feed),
        IndexOptions.defaults().withThreads(1).withWarnings(warnings::add), new NewDocumentKeys(2));

    assertThat(summary.totalDocs()).isEqualTo(4);
    assertThat(summary.added()).isEqualTo(5); // "c" again, past the capacity, is counted again
    assertThat(warnings).containsExactly(
        feed.toAbsolutePath() + ":3: id \"a\" was already read in this job; this line replaces that document",
        "more than 2 new documents in this job: an id repeated among the later ones is no longer recognised, and"
            + " counted as added again");
  }
}

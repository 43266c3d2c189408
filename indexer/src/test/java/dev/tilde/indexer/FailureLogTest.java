package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureLogTest {
  private final List<String> warnings = new ArrayList<>();
  private final FailureLog log = new FailureLog(warnings::add);

  @Test
  void keepsAndReportsTheFirstTwentyFailuresOfEachInputAndCountsTheRest() {
    for (int line = 1; line <= 25; line++) {
      log.add("feed.jsonl", new IndexSummary.Failure("feed.jsonl:" + line, "not valid JSON"), "feed.jsonl:" + line);
    }
    for (int line = 1; line <= 3; line++) {
      log.add("other.jsonl", new IndexSummary.Failure("other.jsonl:" + line, "not a JSON object"),
          "other.jsonl:" + line);
    }

    log.finish();

    assertThat(log.count()).isEqualTo(28);
    assertThat(log.shown()).hasSize(23).extracting(IndexSummary.Failure::source)
        .startsWith("feed.jsonl:1").contains("feed.jsonl:20", "other.jsonl:3").doesNotContain("feed.jsonl:21");
    assertThat(warnings).hasSize(24).endsWith("feed.jsonl: … and 5 more failure(s) not shown (25 in all)");
  }

  @Test
  void saysNothingMoreWhenNoInputWentPastTheCap() {
    log.add("a.txt", new IndexSummary.Failure("a.txt", "not readable"), "a.txt: skipped: not readable");

    log.finish();

    assertThat(warnings).containsExactly("a.txt: skipped: not readable");
    assertThat(log.count()).isEqualTo(1);
  }
}

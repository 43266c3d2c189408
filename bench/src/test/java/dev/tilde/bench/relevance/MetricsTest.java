package dev.tilde.bench.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figures of rankings worked out by hand. */
class MetricsTest {
  @Test
  void scoresARankingWithTwoOfThreeRelevantDocumentsInTheTopTen() {
    Metrics m = Metrics.of(List.of("a", "x", "b", "y"), List.of("a", "b", "c"));

    assertThat(m.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(m.precisionAt10()).isCloseTo(0.2, within(1e-9));
    // DCG 1 + 1/log2(4) = 1.5; ideal 1 + 1/log2(3) + 1/log2(4) = 2.1309...
    assertThat(m.ndcgAt10()).isCloseTo(1.5 / (1.5 + 1 / (Math.log(3) / Math.log(2))), within(1e-9));
    assertThat(m.ndcgAt10()).isCloseTo(0.7039, within(1e-4));
    assertThat(m.reciprocalRank()).isEqualTo(1.0);
    assertThat(m.successAt1()).isEqualTo(1.0);
    assertThat(m.failed(Group.NAME_SURNAME)).isTrue();
    assertThat(m.failed(Group.KNOWN_ITEM)).isFalse();
  }

  @Test
  void aKnownItemAtRankTwoFailsAndEarnsHalfTheReciprocalRank() {
    Metrics m = Metrics.of(List.of("x", "item", "y"), List.of("item"));

    assertThat(m.reciprocalRank()).isEqualTo(0.5);
    assertThat(m.successAt1()).isZero();
    assertThat(m.ndcgAt10()).isCloseTo(1 / (Math.log(3) / Math.log(2)), within(1e-9));
    assertThat(m.recall()).isEqualTo(1.0);
    assertThat(m.failed(Group.KNOWN_ITEM)).isTrue();
    assertThat(m.failed(Group.NAME_TITLE)).isFalse();
  }

  @Test
  void recallLooksAsDeepAsThereAreRelevantDocumentsButPrecisionOnlyAtTen() {
    List<String> relevant = new ArrayList<>();
    List<String> ranked = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      relevant.add("r" + i);
    }
    for (int i = 0; i < 10; i++) {
      ranked.add("x" + i);
    }
    ranked.addAll(List.of("r0", "r1", "r2"));

    Metrics m = Metrics.of(ranked, relevant);

    // Top 12 = ten misses, then r0 and r1; r2 at rank 13 is beyond max(10, R).
    assertThat(m.recall()).isCloseTo(2.0 / 12, within(1e-9));
    assertThat(m.precisionAt10()).isZero();
    assertThat(m.ndcgAt10()).isZero();
    assertThat(m.reciprocalRank()).isCloseTo(1.0 / 11, within(1e-9));
  }

  @Test
  void aPerfectRankingScoresOneAndARepeatedHitCountsOnce() {
    assertThat(Metrics.of(List.of("a", "b"), List.of("a", "b")))
        .isEqualTo(new Metrics(1, 0.2, 1, 1, 1));
    assertThat(Metrics.of(List.of("a", "a", "a"), List.of("a", "b")).recall()).isEqualTo(0.5);
  }

  @Test
  void theMeanAveragesEachFigure() {
    Metrics mean = Metrics.mean(List.of(new Metrics(1, 0.2, 1, 1, 1), new Metrics(0, 0, 0, 0.5, 0)));

    assertThat(mean).isEqualTo(new Metrics(0.5, 0.1, 0.5, 0.75, 0.5));
  }
}

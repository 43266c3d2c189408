package dev.tilde.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
  @Test
  void medianOfAnOddCountIsTheMiddleValue() {
    assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
  }

  @Test
  void percentilesAreNearestRank() {
    double[] hundred = new double[100];
    for (int i = 0; i < 100; i++) {
      hundred[i] = 100 - i; // 100 … 1, unsorted on purpose
    }

    assertThat(Stats.percentile(hundred, 50)).isEqualTo(50);
    assertThat(Stats.percentile(hundred, 99)).isEqualTo(99);
    assertThat(Stats.percentile(new double[] {7, 3}, 99)).isEqualTo(7);
  }
}

package dev.tilde.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapWatchTest {
  @Test
  void seesWhatTheWorkHoldsButNotItsGarbage() throws Exception {
    byte[] held;
    HeapWatch watch = HeapWatch.start();
    try {
      for (int i = 0; i < 50; i++) {
        byte[] garbage = new byte[8 << 20];
        garbage[i] = 1;
      }
      held = new byte[64 << 20];
    } finally {
      watch.close();
    }

    assertThat(held).hasSize(64 << 20);
    assertThat(watch.peakAboveStartBytes()).isBetween(64L << 20, 120L << 20);
  }
}

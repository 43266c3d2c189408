package dev.tilde.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTimingTest {
  @TempDir
  Path dir;

  @Test
  void timesEveryMeasuredRunOfACommand() throws Exception {
    CommandTiming timing = CommandTiming.measure(List.of("sh", "-c", "exit 0"), dir, 1, 3);

    assertThat(timing.runs()).isEqualTo(3);
    assertThat(timing.minMillis()).isPositive().isLessThanOrEqualTo(timing.medianMillis());
    assertThat(timing.medianMillis()).isLessThanOrEqualTo(timing.maxMillis());
  }

  @Test
  void aFailingCommandStopsTheMeasurementWithWhatItSaid() {
    assertThatThrownBy(() -> CommandTiming.measure(List.of("sh", "-c", "echo no such index >&2; exit 2"), dir, 0, 3))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exited with status 2")
        .hasMessageContaining("no such index");
  }
}

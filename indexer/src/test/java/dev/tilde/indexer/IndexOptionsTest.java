package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.TildeException;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Options split into settings and wiring, with the withers callers already use still changing one of either. */
class IndexOptionsTest {
  @Test
  void withersChangeOneSettingOrCallbackAndKeepTheRest() {
    Consumer<String> warnings = warning -> { };
    IndexOptions options = IndexOptions.defaults().withThreads(3).withFull(true).withWarnings(warnings)
        .withCommitInterval(Duration.ofSeconds(5)).withFollowLinks(true);

    assertThat(options.settings()).isEqualTo(IndexSettings.builder().threads(3).full(true)
        .commitInterval(Duration.ofSeconds(5)).followLinks(true).build());
    assertThat(options.warnings()).isSameAs(warnings);
    assertThat(options.stdin()).isSameAs(System.in);
    assertThat(options.progress()).isNull();
    assertThat(options.threads()).isEqualTo(3);
  }

  @Test
  void refusesSettingsOutOfRangeWithTheMessagesTheCommandLineShows() {
    assertThatThrownBy(() -> IndexOptions.defaults().withThreads(0)).isInstanceOf(TildeException.class)
        .hasMessage("threads must be between 1 and 256, got 0");
    assertThatThrownBy(() -> IndexSettings.builder().ramBufferMb(0.5).build()).isInstanceOf(TildeException.class)
        .hasMessage("RAM buffer must be between 1 and 2048 MB, got 0.5");
    assertThatThrownBy(() -> IndexOptions.defaults().withCommitInterval(Duration.ZERO))
        .hasMessage("commit interval must be positive, got PT0S");
    assertThatThrownBy(() -> IndexOptions.defaults().withMaxDocumentBytes(10))
        .hasMessage("maximum document size must be at least 1 KB, got 10 bytes");
  }
}

package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.SeedIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, run as its own JVM as bin/tilde runs it, logs nothing on stderr: Lucene's vectorization notice is
 * off through {@link LoggingConfiguration}, which LogManager reads when Lucene first logs, on either thread of a
 * search.
 */
class LoggingConfigurationTest {
  @TempDir Path dir;

  @Test
  void aSearchRunFromTheCommandLineLogsNothing() throws Exception {
    Path index = SeedIndex.build(dir.resolve("index"));
    Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
        "--enable-native-access=ALL-UNNAMED", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
        TildeCommand.class.getName(), "search", "--index", index.toString(), "lopez", "obrador")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(ExitCode.OK);
    assertThat(err).isEmpty();
  }
}

package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpAndCompletionTest {
  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "completion", "help"})
  void everyCommandsHelpHasExamples(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("Usage: tilde " + command).containsPattern("Examples:\n  .*tilde " + command);
  }

  @Test
  void topLevelHelpListsCommandsAndExamples() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("  index ", "  search ", "  completion ", "Examples:\n  tilde ");
  }

  @Test
  void topLevelHelpListsTheEnvironmentVariables() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out()).contains("Environment:")
        .contains("  TILDE_INDEX ", "  TILDE_OPTS ", "  JAVA_OPTS ", "  JAVA_HOME ", "  TILDE_STARTUP_CACHE ",
            "  XDG_CACHE_HOME ", "  NO_COLOR ", "  TERM ");
  }

  @Test
  void bareTildeIsAUsageErrorWithTheUsageOnStderr() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Usage: tilde ").contains("\n  index ", "\n  search ").doesNotContain("\u001b");
  }

  @Test
  void helpCommandShowsASubcommandsHelp() {
    CliRun run = CliRun.of("help", "search");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("Usage: tilde search").contains("--jsonl");
  }

  @Test
  void versionNamesTildeLuceneAndJava() {
    CliRun run = CliRun.of("--version");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines().toList()).hasSize(2);
    assertThat(run.out()).startsWith("tilde ").contains("Lucene 10.").contains("Java " + Runtime.version().feature());
  }

  @Test
  void completionScriptCompletesSubcommandsOptionsAndValues(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("completion");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    Path script = Files.writeString(dir.resolve("tilde-completion.bash"), run.out());

    assertThat(complete(script, "tilde ", "")).contains("index", "search", "completion");
    assertThat(complete(script, "tilde search --", "--")).contains("--jsonl", "--snippets", "--since", "--color");
    assertThat(complete(script, "tilde search --sort ", "")).containsExactlyInAnyOrder("relevance", "date");
    assertThat(complete(script, "tilde search --field t", "t")).containsExactly("title");
  }

  /** What bash offers after {@code line} (whose last, partly typed word is {@code current}) with the script loaded. */
  private static List<String> complete(Path script, String line, String current)
      throws IOException, InterruptedException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the completion script");
    String[] words = line.split(" ", -1);
    StringBuilder program = new StringBuilder("source '" + script + "'\nCOMP_WORDS=(");
    for (String word : words) {
      program.append("'").append(word).append("' ");
    }
    program.append(")\nCOMP_CWORD=").append(words.length - 1)
        .append("\nCOMP_LINE='").append(line).append("'\nCOMP_POINT=").append(line.length())
        .append("\n_complete_tilde tilde '").append(current).append("'\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n");
    Process bash = new ProcessBuilder("/bin/bash", "-c", program.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}

package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every command's usage help, which picocli renders from the command's hand-built model, is the text recorded in
 * {@code usage/tilde-COMMAND.txt}: the help the annotated commands printed before their models were built in code.
 * A changed option, default or description shows here first; record the new text when the change is meant.
 */
class UsageHelpTest {
  @Test
  void topLevelUsageIsTheRecordedText() throws IOException {
    assertThat(TildeCommand.tree().getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(recorded("tilde"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "analyze", "info", "completion", "help"})
  void subcommandUsageIsTheRecordedText(String command) throws IOException {
    CommandLine subcommand = TildeCommand.tree().getSubcommands().get(command);

    assertThat(subcommand.getUsageMessage(CommandLine.Help.Ansi.OFF)).isEqualTo(recorded("tilde-" + command));
  }

  @Test
  void everySubcommandHasARecordedText() {
    Map<String, CommandLine> all = TildeCommand.tree().getSubcommands();

    assertThat(all.keySet()).allSatisfy(command ->
        assertThat(UsageHelpTest.class.getResource("usage/tilde-" + command + ".txt")).as(command).isNotNull());
  }

  @Test
  void everyTildeCommandHasPicocliStandardHelpOptions() {
    CommandLine tree = TildeCommand.tree();

    assertThat(tree.getCommandSpec().mixinStandardHelpOptions()).isTrue();
    tree.getSubcommands().forEach((name, command) -> {
      if (!name.equals("help")) { // picocli's own help command has just -h
        assertThat(command.getCommandSpec().mixinStandardHelpOptions()).as(name).isTrue();
      }
    });
  }

  private static String recorded(String name) throws IOException {
    try (InputStream in = UsageHelpTest.class.getResourceAsStream("usage/" + name + ".txt")) {
      assertThat(in).as("usage/%s.txt", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

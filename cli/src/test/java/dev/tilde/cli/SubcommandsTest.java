package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SubcommandsTest {
  @Test
  void everySubcommandIsRegisteredUnderTheNameItsAnnotationGives() {
    Map<String, CommandLine> all = Subcommands.addAll(TildeCommand.root()).getSubcommands();

    assertThat(all).containsOnlyKeys("index", "search", "analyze", "info", "completion", "help");
    all.forEach((name, command) -> assertThat(command.getCommandSpec().name()).isEqualTo(name));
  }

  @Test
  void aRunOfOneCommandModelsOnlyThatCommand() {
    CommandLine tilde = Subcommands.addFor(TildeCommand.root(), new String[] {"search", "x"});

    assertThat(tilde.getSubcommands()).containsOnlyKeys("search");
  }

  @Test
  void aVersionRunModelsNoCommand() {
    for (String option : new String[] {"--version", "-V"}) {
      CommandLine tilde = Subcommands.addFor(TildeCommand.root(), new String[] {option});

      assertThat(tilde.getSubcommands()).as(option).isEmpty();
    }
  }

  @Test
  void runsThatShowOrWalkTheWholeTreeModelEveryCommand() {
    String[][] runs = {{}, {"--help"}, {"help", "search"}, {"completion"}, {"serach", "x"}, {"--version", "x"}};
    for (String[] args : runs) {
      CommandLine tilde = Subcommands.addFor(TildeCommand.root(), args);

      assertThat(tilde.getSubcommands()).as(String.join(" ", args)).hasSize(6);
    }
  }
}

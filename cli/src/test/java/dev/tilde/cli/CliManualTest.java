package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/CLI.md is the manual users' scripts are written against: every option a command has must be in its section's
 * option table, and every option the tables name must exist, so the manual and the commands cannot drift apart.
 */
class CliManualTest {
  /** An option name in backticks at the start of a table cell: {@code | `--limit N`, `-n N` |}. */
  private static final Pattern OPTION_IN_TABLE_ROW = Pattern.compile("`(--?[a-z][a-z-]*+)[^`]*+`");
  /** Options every command has from picocli's standard mixin, documented once at the top of the manual. */
  private static final Set<String> STANDARD = Set.of("-h", "--help", "-V", "--version");

  @Test
  void everyCommandsOptionsAreDocumentedInItsSectionAndNothingElse() throws IOException {
    String manual = Files.readString(manualPath(), StandardCharsets.UTF_8);
    Map<String, CommandLine> commands = Subcommands.addAll(TildeCommand.root()).getSubcommands();
    assertThat(commands).isNotEmpty();
    for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
      if (command.getKey().equals("help")) {
        continue; // picocli's own help command: documented in the manual's opening paragraph
      }
      Set<String> documented = optionsInTables(section(manual, command.getKey()));
      assertThat(documented).as("options in the option table of 'tilde %s' in docs/CLI.md", command.getKey())
          .isEqualTo(optionsOf(command.getValue().getCommandSpec()));
    }
  }

  @Test
  void manualDocumentsTheStandardOptionsAndExitCodes() throws IOException {
    String manual = Files.readString(manualPath(), StandardCharsets.UTF_8);
    assertThat(manual).contains("--help", "--version", "tilde help COMMAND");
    for (String code : new String[] {"| 0 |", "| 1 |", "| 2 |", "| 3 |"}) {
      assertThat(manual).as("exit code row %s", code).contains(code);
    }
  }

  /** The text of the manual's {@code ## tilde NAME} section, up to the next second-level heading. */
  private static String section(String manual, String command) {
    String heading = "\n## tilde " + command + "\n";
    int start = manual.indexOf(heading);
    assertThat(start).as("docs/CLI.md has a section '## tilde %s'", command).isNotNegative();
    int end = manual.indexOf("\n## ", start + heading.length());
    return manual.substring(start, end < 0 ? manual.length() : end);
  }

  /** Every option named in the first cell of a row of an option table (a table whose header starts "option"). */
  private static Set<String> optionsInTables(String section) {
    Set<String> options = new TreeSet<>();
    boolean inOptionTable = false;
    for (String line : section.split("\n")) {
      if (!line.startsWith("|")) {
        inOptionTable = false;
      } else if (line.startsWith("| option ")) {
        inOptionTable = true;
      } else if (inOptionTable) {
        String firstCell = line.substring(1, cellEnd(line));
        Matcher option = OPTION_IN_TABLE_ROW.matcher(firstCell);
        while (option.find()) {
          options.add(option.group(1));
        }
      }
    }
    return options;
  }

  /** Where the first cell of a Markdown table row ends; {@code \|} inside a cell does not end it. */
  private static int cellEnd(String row) {
    for (int i = 1; i < row.length(); i++) {
      if (row.charAt(i) == '|' && row.charAt(i - 1) != '\\') {
        return i;
      }
    }
    return row.length();
  }

  private static Set<String> optionsOf(CommandSpec spec) {
    Set<String> options = new TreeSet<>();
    for (OptionSpec option : spec.options()) {
      for (String name : option.names()) {
        if (!STANDARD.contains(name)) {
          options.add(name);
        }
      }
    }
    return options;
  }

  private static Path manualPath() {
    Path seeds = Path.of(System.getProperty("tilde.seeds", "../seeds")).toAbsolutePath().normalize();
    return seeds.getParent().resolve("docs/CLI.md");
  }
}

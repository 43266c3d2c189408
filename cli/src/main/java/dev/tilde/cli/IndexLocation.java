package dev.tilde.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The {@code --index} option shared by every command that reads or writes an index, mixed into its model. */
final class IndexLocation {
  /** Where the index lives when neither {@code --index} nor {@code $TILDE_INDEX} says. */
  static final String DEFAULT = "index";

  private final OptionSpec index = OptionSpec.builder("--index")
      .paramLabel("DIR")
      .type(Path.class)
      .description("Index directory (default: $TILDE_INDEX, else ./" + DEFAULT + ").")
      .build();

  /** Adds {@code --index} to {@code command}'s model, at this point of its option list, and returns the model. */
  CommandSpec addTo(CommandSpec command) {
    return command.addMixin("location", CommandSpec.wrapWithoutInspection(this).addOption(index));
  }

  Path path() {
    Path given = index.getValue();
    if (given != null) {
      return given;
    }
    String fromEnv = System.getenv("TILDE_INDEX");
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv);
  }
}

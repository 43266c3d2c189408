package dev.tilde.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} option shared by every command that reads or writes an index. */
final class IndexLocation {
  /** Where the index lives when neither {@code --index} nor {@code $TILDE_INDEX} says. */
  static final String DEFAULT = "index";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index directory (default: $TILDE_INDEX, else ./" + DEFAULT + ").")
  private Path index;

  Path path() {
    if (index != null) {
      return index;
    }
    String fromEnv = System.getenv("TILDE_INDEX");
    return Path.of(fromEnv == null || fromEnv.isBlank() ? DEFAULT : fromEnv);
  }
}

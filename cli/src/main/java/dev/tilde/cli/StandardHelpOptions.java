package dev.tilde.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code -h, --help} and {@code -V, --version} options every tilde command has: what picocli's
 * {@code mixinStandardHelpOptions} adds, built here without reading picocli's own annotated mixin by reflection.
 */
final class StandardHelpOptions {
  /** The mixin's name: picocli's, so {@link CommandSpec#mixinStandardHelpOptions()} finds it as it finds its own. */
  static final String MIXIN = "mixinStandardHelpOptions";

  private StandardHelpOptions() {}

  /** Adds the two options to {@code command} as the last of its options, as picocli does, and returns it. */
  static CommandSpec addTo(CommandSpec command) {
    CommandSpec options = CommandSpec.create()
        .addOption(Flag.builder("-h", "--help").usageHelp(true).descriptionKey("mixinStandardHelpOptions.help")
            .description("Show this help message and exit.").build())
        .addOption(Flag.builder("-V", "--version").versionHelp(true).descriptionKey("mixinStandardHelpOptions.version")
            .description("Print version information and exit.").build());
    return command.addMixin(MIXIN, options);
  }
}

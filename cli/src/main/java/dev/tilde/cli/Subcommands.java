package dev.tilde.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * tilde's subcommands, and which of them a run needs picocli to model.
 *
 * <p>Each command builds its picocli model in code, which is quick, but still work a run need not do for commands it
 * never uses; picocli's own {@code help} command is read from its annotations by reflection, through dynamic proxies
 * no start-up cache can hold. A run that names a subcommand that stands alone ({@code tilde search ...}) needs only
 * that subcommand's model: the others are never built, their usage never printed; {@code tilde --version} needs
 * none. Runs that show or walk the whole tree ({@code tilde}, {@code tilde --help}, {@code tilde help},
 * {@code tilde completion}, a mistyped command) get every subcommand, in the order {@code tilde --help} lists them.
 */
final class Subcommands {
  /**
   * One subcommand: its name (as its model says; {@code SubcommandsTest} checks), how to make it (its model, or the
   * command picocli models), and whether it works alone or needs its siblings modelled too.
   */
  private record Entry(String name, Supplier<Object> command, boolean standsAlone) {}

  private static final List<Entry> ALL = List.of(
      new Entry("index", () -> new IndexCommand().spec(), true),
      new Entry("search", () -> new SearchCommand().spec(), true),
      new Entry("analyze", () -> new AnalyzeCommand().spec(), true),
      new Entry("info", () -> new InfoCommand().spec(), true),
      new Entry("completion", () -> new CompletionCommand().spec(), false),
      new Entry("help", CommandLine.HelpCommand::new, false));

  private Subcommands() {}

  /** Adds to {@code tilde} the subcommands a run with {@code args} needs, and returns it. */
  static CommandLine addFor(CommandLine tilde, String[] args) {
    String first = args.length == 0 ? "" : args[0];
    if (args.length == 1 && (first.equals("--version") || first.equals("-V"))) {
      return tilde; // prints the version and exits: no subcommand is read
    }
    for (Entry entry : ALL) {
      if (entry.name().equals(first) && entry.standsAlone()) {
        tilde.addSubcommand(entry.name(), entry.command().get());
        return tilde;
      }
    }
    return addAll(tilde);
  }

  /** Adds every subcommand to {@code tilde}, and returns it. */
  static CommandLine addAll(CommandLine tilde) {
    for (Entry entry : ALL) {
      tilde.addSubcommand(entry.name(), entry.command().get());
    }
    return tilde;
  }
}

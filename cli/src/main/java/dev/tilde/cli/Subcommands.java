package dev.tilde.cli;

import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * tilde's subcommands, and which of them a run needs picocli to model.
 *
 * <p>picocli reads each command's options from its annotations by reflection, which is most of its start-up work and
 * none of which the JVM's start-up cache can hold (annotations are read through dynamic proxies, their fields through
 * method handles made at run time). A run that names a subcommand that stands alone ({@code tilde search ...}) needs
 * only that subcommand's model: the others are never read, their usage never printed; {@code tilde --version} needs
 * none. Runs that show or walk the whole tree ({@code tilde}, {@code tilde --help}, {@code tilde help},
 * {@code tilde completion}, a mistyped command) get every subcommand, in the order {@code tilde --help} lists them.
 */
final class Subcommands {
  /**
   * One subcommand: its name (as its {@code @Command} annotation says; {@code SubcommandsTest} checks), how to make
   * it, and whether it works alone or needs its siblings modelled too.
   */
  private record Entry(String name, Supplier<Object> command, boolean standsAlone) {}

  private static final List<Entry> ALL = List.of(
      new Entry("index", IndexCommand::new, true),
      new Entry("search", SearchCommand::new, true),
      new Entry("analyze", AnalyzeCommand::new, true),
      new Entry("info", InfoCommand::new, true),
      new Entry("completion", CompletionCommand::new, false),
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

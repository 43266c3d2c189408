package dev.tilde.cli;

import dev.tilde.TildeException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tilde} command: the entry point of the command-line tool. */
@Command(
    name = "tilde",
    description = "Full-text search that finds people's names however they are written.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    footer = {
      "",
      "The index is --index DIR, else $TILDE_INDEX, else ./index.",
      "",
      "Examples:",
      "  tilde index seeds && tilde search lopez obrador",
      "  tilde search --json --lang es migración",
      "  tilde help search",
      "  source <(tilde completion)"
    })
public final class TildeCommand implements Runnable {
  /**
   * Lucene logs a notice about the optional vector module on every start; it is advice for servers, noise for a CLI.
   * Held in a field because java.util.logging keeps loggers weakly.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  /**
   * The subcommands, in the order help lists them. Building a command's model takes picocli a few milliseconds of
   * reflection, so a run that names its subcommand builds only that one; help and completion need them all. Class
   * literals rather than constructor references: Temurin 25.0.3 crashes making an AOT cache (bin/tilde) from a
   * method reference into picocli, whose Java 5 class files the cache cannot hold.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line {@code args} and returns the exit code, without exiting; for tests and embedding. */
  public static int run(String[] args) {
    return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** Runs the command line {@code args} writing to {@code out} and {@code err}, and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    LUCENE_VECTORIZATION.setLevel(Level.OFF);
    CommandLine cli = new CommandLine(new TildeCommand());
    String named = args.length == 0 ? "" : args[0];
    boolean onlyNamed = SUBCOMMANDS.containsKey(named) && !named.equals("help") && !named.equals("completion");
    SUBCOMMANDS.forEach((name, command) -> {
      if (!onlyNamed || name.equals(named)) {
        cli.addSubcommand(name, command);
      }
    });
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(TildeCommand::reportFailure);
    cli.setParameterExceptionHandler(TildeCommand::reportUsageError);
    return cli.execute(args);
  }

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> commands = new LinkedHashMap<>();
    commands.put("index", IndexCommand.class);
    commands.put("search", SearchCommand.class);
    commands.put("completion", CompletionCommand.class);
    commands.put("help", CommandLine.HelpCommand.class);
    return commands;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof TildeException) {
      err.println("tilde: " + e.getMessage());
    } else {
      err.println("tilde: unexpected error: " + e);
    }
    err.flush();
    return ExitCode.USAGE;
  }

  private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println("tilde: " + e.getMessage() + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    cmd.getErr().flush();
    return ExitCode.USAGE;
  }
}

package dev.tilde.cli;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import java.io.PrintWriter;
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
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      AnalyzeCommand.class,
      InfoCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "The index is --index DIR, else $TILDE_INDEX, else ./index.",
      "",
      "Examples:",
      "  tilde index seeds && tilde search lopez obrador",
      "  tilde search --json --lang es migración",
      "  tilde analyze --field query AMLO",
      "  tilde help search",
      "  source <(tilde completion)"
    })
public final class TildeCommand implements Runnable {
  /**
   * Lucene logs a notice about the optional vector module on every start; it is advice for servers, noise for a CLI.
   * Held in a field because java.util.logging keeps loggers weakly.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    SearchPrewarm.startFor(args);
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
    // picocli's own help command takes no annotations from us; give it examples like every other command.
    cli.getSubcommands().get("help").getCommandSpec().usageMessage()
        .footer("", "Examples:", "  tilde help search", "  tilde help index");
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(TildeCommand::reportFailure);
    cli.setParameterExceptionHandler(TildeCommand::reportUsageError);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    if (e instanceof NoIndexException) {
      err.println("tilde: " + e.getMessage() + " — run 'tilde index PATH' first");
    } else if (e instanceof TildeException) {
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

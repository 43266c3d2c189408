package dev.tilde.cli;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import dev.tilde.cli.output.MessageWriter;
import dev.tilde.cli.output.TerminalText;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tilde} command: the entry point of the command-line tool. */
@Command(
    name = "tilde",
    description = "Full-text search that finds people's names however they are written.",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    versionProvider = VersionProvider.class,
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

  /**
   * Runs the command line {@code args} writing to {@code out} and {@code err}, and returns the exit code; every
   * command writes to {@code err} through a {@link MessageWriter}, so no message can break the terminal.
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    LUCENE_VECTORIZATION.setLevel(Level.OFF);
    CommandLine cli = Subcommands.addFor(new CommandLine(new TildeCommand()), args); // see Subcommands
    cli.registerConverter(Path.class, TildeCommand::path); // picocli's own calls Paths.get by reflection
    CommandLine help = cli.getSubcommands().get("help");
    if (help != null) {
      // picocli's own help command takes no annotations from us; give it examples like every other command.
      help.getCommandSpec().usageMessage().footer("", "Examples:", "  tilde help search", "  tilde help index");
    }
    cli.setOut(out);
    cli.setErr(MessageWriter.of(err));
    cli.setExecutionExceptionHandler(TildeCommand::reportFailure);
    cli.setParameterExceptionHandler(TildeCommand::reportUsageError);
    return cli.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads a path option as picocli's built-in converter does, with the same message for a path that cannot be. */
  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException(
          String.format("cannot convert '%s' to %s (%s)", value, Path.class, e));
    }
  }

  private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    List<String> typed = typed(parsed);
    if (e instanceof NoIndexException) {
      err.println("tilde: " + TerminalText.quoting(e.getMessage(), typed) + " — run 'tilde index PATH' first");
    } else if (e instanceof TildeException) {
      err.println("tilde: " + TerminalText.quoting(e.getMessage(), typed));
    } else {
      err.println("tilde: unexpected error: " + TerminalText.quoting(e.toString(), typed));
    }
    err.flush();
    return ExitCode.USAGE;
  }

  private static int reportUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    cmd.getErr().println("tilde: " + TerminalText.quoting(e.getMessage(), List.of(args)) + " (see '"
        + cmd.getCommandSpec().qualifiedName() + " --help')");
    cmd.getErr().flush();
    return ExitCode.USAGE;
  }

  /** What the user typed, as messages may quote it: each argument, and the subcommand's joined parameters (a query). */
  private static List<String> typed(CommandLine.ParseResult parsed) {
    List<String> typed = new ArrayList<>(parsed.originalArgs());
    CommandLine.ParseResult command = parsed;
    while (command.hasSubcommand()) {
      command = command.subcommand();
    }
    List<String> parameters = new ArrayList<>();
    command.matchedPositionals().forEach(positional -> parameters.addAll(positional.stringValues()));
    typed.add(String.join(" ", parameters));
    return typed;
  }
}

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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code tilde} command: the entry point of the command-line tool.
 *
 * <p>Like every tilde command, it builds its picocli model in code, not from annotations: picocli reads those by
 * reflection, through proxies made at run time that no start-up cache can hold.
 */
public final class TildeCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  private TildeCommand() {
    spec.name("tilde").versionProvider(new VersionProvider()).usageMessage()
        .description("Full-text search that finds people's names however they are written.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(UsageMessageSpec.keyValuesMap(
            "0:done; for search, at least one hit",
            "1:search found no hits",
            "2:usage or input error (one line on stderr says which)",
            "3:index finished, but some inputs failed (listed on stderr)"))
        // A footer heading puts the footer in the man page too (picocli's ManPageGenerator skips one without it).
        .footerHeading("%nEnvironment:%n")
        .footer(
            "  TILDE_INDEX          the index when --index is not given",
            "  TILDE_OPTS           JVM options for bin/tilde, after JAVA_OPTS (-Xmx8g)",
            "  JAVA_OPTS            JVM options for bin/tilde",
            "  JAVA_HOME            the JDK bin/tilde runs on (else the java on the PATH)",
            "  TILDE_STARTUP_CACHE  off: run without the start-up class cache (JDK 25+)",
            "  XDG_CACHE_HOME       where that cache is kept, in tilde/ (else ~/.cache/tilde)",
            "  NO_COLOR             no colour",
            "  TERM                 dumb: no colour and no progress line",
            "",
            "The index is --index DIR, else $TILDE_INDEX, else ./index.",
            "",
            "Examples:",
            "  tilde index seeds && tilde search lopez obrador",
            "  tilde search --json --lang es migración",
            "  tilde analyze --field query AMLO",
            "  tilde help search",
            "  source <(tilde completion)");
    StandardHelpOptions.addTo(spec);
  }

  public static void main(String[] args) {
    LoggingConfiguration.install(); // before anything can log
    SearchPrewarm.startFor(args);
    leanPicocli();
    System.exit(run(args));
  }

  /**
   * Spares picocli two searches a one-shot command pays for on its start-up path, before picocli starts: for Groovy's
   * closure class, which is not there (a class the class path lacks is looked for in every jar), and for the java.sql
   * and java.time classes and Path its built-in converters handle, found and initialised by reflection for every
   * command it models. tilde's options take no such type: they convert their own dates and paths.
   */
  private static void leanPicocli() {
    System.setProperty("picocli.disable.closures", "true");
    if (System.getProperty("picocli.converters.excludes") == null) {
      System.setProperty("picocli.converters.excludes", "java\\.sql\\..*|java\\.time\\..*|java\\.nio\\.file\\.Path");
    }
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
    LoggingConfiguration.quietLucene();
    CommandLine cli = configured(Subcommands.addFor(root(), args)); // see Subcommands
    if (!Terminal.colourAllowed(System.getenv())) {
      cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)); // picocli misses TERM=dumb
    }
    cli.setOut(out);
    cli.setErr(MessageWriter.of(err));
    cli.setExecutionExceptionHandler(TildeCommand::reportFailure);
    cli.setParameterExceptionHandler(TildeCommand::reportUsageError);
    return cli.execute(args);
  }

  /**
   * The whole command tree, every subcommand modelled, as {@code tilde --help} shows it: for tools that document
   * the commands (the distribution's man pages and completion script).
   */
  public static CommandLine tree() {
    return configured(Subcommands.addAll(root()));
  }

  /** The {@code tilde} command alone, no subcommand yet. */
  static CommandLine root() {
    return new CommandLine(new TildeCommand().spec);
  }

  /** {@code cli} with what the commands' models leave out: the path converter and the help command's examples. */
  private static CommandLine configured(CommandLine cli) {
    cli.registerConverter(Path.class, TildeCommand::path); // picocli's own calls Paths.get by reflection
    CommandLine help = cli.getSubcommands().get("help");
    if (help != null) {
      // picocli's own help command takes no annotations from us; give it examples like every other command.
      help.getCommandSpec().usageMessage().footer("", "Examples:", "  tilde help search", "  tilde help index");
    }
    return cli;
  }

  /** Bare {@code tilde}, no command: a usage error, so its usage goes to stderr, as plain lines. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    spec.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF).lines().forEach(err::println);
    err.flush();
    return ExitCode.USAGE;
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

package dev.tilde.cli;

import java.io.Console;

/** Whether standard output and standard error are terminals, which decides colour and progress lines. */
final class Terminal {
  /** Set by bin/tilde from the shell's {@code [ -t 2 ]}: Java itself cannot tell where stderr goes. */
  static final String STDERR_TERMINAL_PROPERTY = "tilde.stderr.terminal";

  private Terminal() {}

  /** Whether standard error is a terminal: said by the launcher, else guessed from whether there is a console. */
  static boolean stderrIsTerminal() {
    String fromLauncher = System.getProperty(STDERR_TERMINAL_PROPERTY);
    if (fromLauncher != null) {
      return Boolean.parseBoolean(fromLauncher);
    }
    return stdoutIsTerminal();
  }

  static boolean stdoutIsTerminal() {
    if (System.getenv("NO_COLOR") != null) {
      return false;
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is non-null even when output is redirected; isTerminal() tells the truth there.
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException olderJdk) {
      return true;
    }
  }
}

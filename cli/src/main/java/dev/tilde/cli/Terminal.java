package dev.tilde.cli;

import java.io.Console;
import java.util.Map;

/**
 * Whether standard output and standard error are terminals, and what the environment allows on them: this decides
 * colour and progress lines.
 */
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

  /** Whether {@code --color auto} colours: standard output is a terminal and the environment allows colour. */
  static boolean colourByDefault() {
    return colourAllowed(System.getenv()) && stdoutIsTerminal();
  }

  /** Whether {@code tilde index} draws its progress line: stderr is a terminal that can redraw a line. */
  static boolean drawsProgress() {
    return stderrIsTerminal() && redrawAllowed(System.getenv());
  }

  /**
   * Whether the environment {@code env} allows colour: not when {@code NO_COLOR} is set (no-color.org), nor on a
   * {@code TERM=dumb} terminal (Emacs' shell, some CI logs), which shows escape sequences as text.
   */
  static boolean colourAllowed(Map<String, String> env) {
    return env.get("NO_COLOR") == null && redrawAllowed(env);
  }

  /** Whether the terminal of {@code env} can redraw a line in place: a {@code TERM=dumb} one cannot. */
  static boolean redrawAllowed(Map<String, String> env) {
    return !"dumb".equals(env.get("TERM"));
  }

  static boolean stdoutIsTerminal() {
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

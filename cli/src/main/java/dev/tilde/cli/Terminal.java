package dev.tilde.cli;

import java.io.Console;

/** Whether standard output is a terminal, which decides if output may carry colour. */
final class Terminal {
  private Terminal() {}

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

package dev.tilde.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Test fixture: one run of the tilde command line in this JVM, with what it printed. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = TildeCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}

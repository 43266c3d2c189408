package dev.tilde.cli;

import dev.tilde.TildeIndex;
import dev.tilde.cli.output.IndexInfoWriter;
import dev.tilde.index.IndexInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tilde info}: describes an index for operators. */
@Command(
    name = "info",
    description = "Show an index's documents, segments, size on disk, analysis, last commit and inputs, and with"
        + " --acronyms the acronyms it learned from its text.",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    footer = {"", "Exit codes: 0 described, 2 usage error, no index, or an index that cannot be read (damaged, or"
        + " written by a newer Lucene: the line says what is wrong and how to rebuild it).", "", "Examples:",
      "  tilde info",
      "  tilde info --json --index /srv/news-index",
      "  tilde info --acronyms"})
final class InfoCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private IndexLocation location;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Option(names = "--acronyms", description = "Also list the acronyms the index learned from its documents' text.")
  private boolean acronyms;

  @Override
  public Integer call() {
    IndexInfo info = TildeIndex.info(location.path(), acronyms);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      IndexInfoWriter.writeJson(info, acronyms, out);
    } else {
      IndexInfoWriter.writeText(info, acronyms, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}

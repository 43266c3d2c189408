package dev.tilde.cli;

import dev.tilde.TildeIndex;
import dev.tilde.cli.output.IndexInfoWriter;
import dev.tilde.index.IndexInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code tilde info}: describes an index for operators; its picocli model is built in code, as every command's. */
final class InfoCommand implements Callable<Integer> {
  private final IndexLocation location = new IndexLocation();
  private final OptionSpec json = Flag.of("--json", "Print one JSON object instead of text.");
  private final OptionSpec acronyms =
      Flag.of("--acronyms", "Also list the acronyms the index learned from its documents' text.");
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  InfoCommand() {
    spec.name("info").usageMessage()
        .description("Show an index's documents, segments, size on disk, analysis, last commit and inputs, and with"
            + " --acronyms the acronyms it learned from its text.")
        .footer("", "Exit codes: 0 described, 2 usage error, no index, or an index that cannot be read (damaged, or"
            + " written by a newer Lucene: the line says what is wrong and how to rebuild it).", "", "Examples:",
            "  tilde info",
            "  tilde info --json --index /srv/news-index",
            "  tilde info --acronyms");
    location.addTo(spec).addOption(json).addOption(acronyms);
    StandardHelpOptions.addTo(spec);
  }

  /** This command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    boolean withAcronyms = acronyms.<Boolean>getValue();
    IndexInfo info = TildeIndex.info(location.path(), withAcronyms);
    PrintWriter out = spec.commandLine().getOut();
    if (json.<Boolean>getValue()) {
      IndexInfoWriter.writeJson(info, withAcronyms, out);
    } else {
      IndexInfoWriter.writeText(info, withAcronyms, out);
    }
    out.flush();
    return ExitCode.OK;
  }
}

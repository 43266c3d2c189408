package dev.tilde.cli;

import dev.tilde.indexer.IndexSummary;
import dev.tilde.indexer.Indexer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilde index}: adds files and directories to an index. */
@Command(
    name = "index",
    description = "Index text files and directories (recursively) into an on-disk index.",
    mixinStandardHelpOptions = true,
    footer = {"", "Examples:", "  tilde index seeds", "  tilde index --index /tmp/news-index articles/ more.txt"})
final class IndexCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private IndexLocation location;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index.")
  private List<Path> inputs;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IndexSummary summary = Indexer.index(location.path(), inputs, warning -> err.println("tilde: " + warning));
    err.println(String.format(Locale.ROOT, "tilde: indexed %d document(s) into %s (%d in the index, %.2f s)",
        summary.indexed(), location.path(), summary.totalDocs(), summary.seconds()));
    if (summary.indexed() == 0) {
      err.println("tilde: nothing could be indexed");
      return ExitCode.USAGE;
    }
    return summary.failures().isEmpty() ? ExitCode.OK : ExitCode.PARTIAL;
  }
}

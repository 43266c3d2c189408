package dev.tilde.cli;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.cli.output.JsonResultsWriter;
import dev.tilde.cli.output.TerminalResultsWriter;
import dev.tilde.search.SearchResults;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilde search}: runs a query and prints ranked hits with highlighted snippets. */
@Command(
    name = "search",
    description = "Search an index and print ranked hits with highlighted snippets.",
    mixinStandardHelpOptions = true,
    footer = {
      "",
      "Exit codes: 0 hits found, 1 no hits, 2 usage or input error.",
      "",
      "Examples:",
      "  tilde search lopez obrador",
      "  tilde search --json -n 3 '\"Remain in Mexico\"'"
    })
final class SearchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private IndexLocation location;

  @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--json", description = "Print one JSON object instead of text.")
  private boolean json;

  @Option(names = "--explain", description = "Print Lucene's explanation of each hit's score.")
  private boolean explain;

  @Option(names = "--aliases", paramLabel = "FILE", description = "Add this alias table to Tilde's own.")
  private Path aliases;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
  private List<String> words;

  @Override
  public Integer call() throws IOException {
    String query = String.join(" ", words);
    TildeAnalysis analysis = aliases == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliases);
    PrintWriter out = spec.commandLine().getOut();
    SearchResults results;
    try (TildeIndex index = TildeIndex.open(location.path(), analysis)) {
      results = index.search(query, limit);
      Map<String, String> explanations = new LinkedHashMap<>();
      if (explain) {
        results.hits().forEach(hit -> explanations.put(hit.id(), index.explain(query, hit.id())));
      }
      if (json) {
        JsonResultsWriter.write(results, explanations, out);
      } else {
        new TerminalResultsWriter(Terminal.stdoutIsTerminal()).write(results, explanations, out);
      }
    } catch (NoIndexException e) {
      throw new TildeException(e.getMessage() + " — run 'tilde index PATH' first", e);
    }
    out.flush();
    return results.hits().isEmpty() ? ExitCode.NO_HITS : ExitCode.OK;
  }
}

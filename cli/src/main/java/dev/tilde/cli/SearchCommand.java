package dev.tilde.cli;

import dev.tilde.NoIndexException;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.cli.output.JsonResultsWriter;
import dev.tilde.cli.output.TerminalResultsWriter;
import dev.tilde.opensearch.ClusterIndex;
import dev.tilde.opensearch.RemoteIndex;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Searchable;
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
import picocli.CommandLine.ParameterException;
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
      "  tilde search --json -n 3 '\"Remain in Mexico\"'",
      "  tilde search --from http://127.0.0.1:9200/news lopez obrador"
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

  @Option(names = "--from", paramLabel = "URL", description = "Search an index on an OpenSearch cluster instead,"
      + " http://HOST:PORT/INDEX (loaded with 'tilde index --to'); same queries, same output.")
  private String from;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
  private List<String> words;

  @Override
  public Integer call() throws IOException {
    String query = String.join(" ", words);
    TildeAnalysis analysis = aliases == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliases);
    PrintWriter out = spec.commandLine().getOut();
    if (from != null && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
      throw new ParameterException(spec.commandLine(), "--from searches a cluster: --index does not apply");
    }
    SearchResults results;
    Map<String, String> explanations = new LinkedHashMap<>();
    try (Searchable index = from != null ? RemoteIndex.open(ClusterIndex.parse(from), analysis)
        : TildeIndex.open(location.path(), analysis)) {
      results = index.search(query, limit);
      if (explain) {
        results.hits().forEach(hit -> explanations.put(hit.id(), index.explain(query, hit.id())));
      }
    } catch (NoIndexException e) {
      throw new TildeException(e.getMessage() + " — run 'tilde index PATH' first", e);
    }
    if (json) {
      JsonResultsWriter.write(results, explanations, out);
    } else {
      new TerminalResultsWriter(Terminal.stdoutIsTerminal()).write(results, explanations, out);
    }
    out.flush();
    return results.hits().isEmpty() ? ExitCode.NO_HITS : ExitCode.OK;
  }
}

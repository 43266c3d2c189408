package dev.tilde.cli;

import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.cli.output.JsonLinesResultsWriter;
import dev.tilde.cli.output.JsonResultsWriter;
import dev.tilde.cli.output.TerminalResultsWriter;
import dev.tilde.opensearch.client.ClusterIndex;
import dev.tilde.opensearch.client.RemoteIndex;
import dev.tilde.schema.Schema;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Searchable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code tilde search}: runs a query and prints ranked hits with highlighted snippets. */
@Command(
    name = "search",
    description = "Search an index and print ranked hits with highlighted snippets.",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    sortOptions = false,
    footer = {
      "",
      "The query uses Lucene's classic syntax: \"a phrase\", AND, OR, NOT, title:word;",
      "a query with a syntax error is searched as plain words. When a query finds",
      "little, or has a word no document has, a corrected query is suggested.",
      "",
      "Exit codes: 0 hits, 1 no hits (or a page past the last hit), 2 usage or input",
      "error.",
      "",
      "Examples:",
      "  tilde search lopez obrador",
      "  tilde search -n 3 --offset 3 harris        # the second page of three",
      "  tilde search --field title kamala harris   # titles only",
      "  tilde search --lang es --since 2021-06-01 --until 2021-06-30 migración",
      "  tilde search --sort date --snippets 1 guatemala",
      "  tilde search --json '\"Remain in Mexico\"' | jq '.hits[].title'",
      "  tilde search --jsonl --snippets 0 mexico | jq -r .path",
      "  tilde search --from http://127.0.0.1:9200/news lopez obrador"
    })
final class SearchCommand implements Callable<Integer> {
  private static final List<String> COLORS = List.of("auto", "always", "never");
  private static final List<String> SORTS = List.of("relevance", "date");

  @Spec private CommandSpec spec;

  @Mixin private IndexLocation location;

  @Option(
      names = {"-n", "--limit"},
      paramLabel = "N",
      defaultValue = "" + SearchOptions.DEFAULT_LIMIT,
      description = "Hits to show (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      defaultValue = "0",
      description = "Skip the best N hits first, for paging (default: ${DEFAULT-VALUE}).")
  private int offset;

  @Option(
      names = "--field",
      paramLabel = "FIELD",
      split = ",",
      completionCandidates = SearchedFields.class,
      description = "Search only this field: title or body; repeat or comma-separate for both (default: both).")
  private List<String> fields;

  @Option(names = "--lang", paramLabel = "CODE", description = "Only documents in this language, such as en or es.")
  private String lang;

  @Option(
      names = "--since",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Only documents dated on or after DATE (yyyy-MM-dd); undated ones are left out.")
  private LocalDate since;

  @Option(
      names = "--until",
      paramLabel = "DATE",
      converter = IsoDate.class,
      description = "Only documents dated on or before DATE (yyyy-MM-dd); undated ones are left out.")
  private LocalDate until;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      defaultValue = "relevance",
      completionCandidates = SortOrders.class,
      description = "relevance (best first) or date (newest first, undated last); default: ${DEFAULT-VALUE}.")
  private String sort;

  @Option(
      names = "--snippets",
      paramLabel = "N",
      defaultValue = "" + SearchOptions.DEFAULT_SNIPPETS,
      description = "Highlighted passages per hit, best first; 0 for none (default: ${DEFAULT-VALUE}).")
  private int snippets;

  @Option(names = "--json", description = "Print one JSON object (query, total, took_ms, suggestion, hits).")
  private boolean json;

  @Option(names = "--jsonl", description = "Print one JSON object per hit, one per line, for pipelines.")
  private boolean jsonLines;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      completionCandidates = ColorChoices.class,
      description = "Colour matches: auto (only on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.")
  private String color;

  @Option(
      names = "--timeout",
      paramLabel = "MS",
      defaultValue = "5000",
      description = "Stop the whole search (expanding, collecting, highlighting, suggesting) after MS milliseconds"
          + " and show what was found, marked as cut short; 0 for no limit (default: ${DEFAULT-VALUE}).")
  private long timeoutMillis;

  @Option(names = "--explain", description = "Print Lucene's explanation of each hit's score.")
  private boolean explain;

  @Option(names = "--aliases", paramLabel = "FILE", description = "Add this alias table to Tilde's own.")
  private Path aliases;

  @Option(names = "--from", paramLabel = "URL", description = "Search an index on an OpenSearch cluster instead,"
      + " http://HOST:PORT/INDEX (loaded with 'tilde index --to'); same queries, same options, same output.")
  private String from;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined with spaces.")
  private List<String> words;

  @Override
  public Integer call() throws IOException {
    SearchOptions options = options();
    boolean colored = colored();
    String query = String.join(" ", words);
    TildeAnalysis analysis = aliases == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliases);
    PrintWriter out = spec.commandLine().getOut();
    if (from != null && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
      throw usage("--from searches a cluster: --index does not apply");
    }
    SearchResults results;
    try (Searchable index = from != null ? RemoteIndex.open(ClusterIndex.parse(from), analysis)
        : TildeIndex.openForOneSearch(location.path(), analysis)) {
      results = index.search(query, options);
      Map<String, String> explanations = new LinkedHashMap<>();
      if (explain) {
        results.hits().forEach(hit -> explanations.put(hit.id(), index.explain(query, hit.id())));
      }
      if (json) {
        JsonResultsWriter.write(results, explanations, out);
      } else if (jsonLines) {
        JsonLinesResultsWriter.write(results, explanations, out);
        if (results.suggestion() != null) {
          spec.commandLine().getErr().println("tilde: did you mean \"" + results.suggestion() + "\"?");
        }
      } else {
        new TerminalResultsWriter(colored).write(results, explanations, out);
      }
    }
    out.flush();
    return results.hits().isEmpty() ? ExitCode.NO_HITS : ExitCode.OK;
  }

  private SearchOptions options() {
    if (json && jsonLines) {
      throw usage("--json and --jsonl cannot be used together");
    }
    if (!SORTS.contains(sort.toLowerCase(Locale.ROOT))) {
      throw usage("--sort must be relevance or date, got '" + sort + "'");
    }
    SearchOptions options = SearchOptions.defaults()
        .withLimit(limit)
        .withOffset(offset)
        .withLang(lang)
        .withSince(since)
        .withUntil(until)
        .withSortBy(SearchOptions.SortBy.valueOf(sort.toUpperCase(Locale.ROOT)))
        .withSnippets(snippets);
    if (timeoutMillis < 0) {
      throw usage("--timeout must be 0 or more milliseconds, got " + timeoutMillis);
    }
    if (timeoutMillis > 0) {
      options = options.withTimeout(java.time.Duration.ofMillis(timeoutMillis));
    }
    if (fields != null) {
      options = options.withFields(fields.stream().map(f -> f.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }
    return options;
  }

  private boolean colored() {
    return switch (color.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> Terminal.colourByDefault();
      default -> throw usage("--color must be auto, always or never, got '" + color + "'");
    };
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Reads {@code --since} and {@code --until}: ISO dates only, so a date never means two different days. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date like 2021-06-01");
      }
    }
  }

  /** Completion candidates for {@code --field}. */
  static final class SearchedFields implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return List.of(Schema.SEARCHED_FIELDS).iterator();
    }
  }

  /** Completion candidates for {@code --sort}. */
  static final class SortOrders implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SORTS.iterator();
    }
  }

  /** Completion candidates for {@code --color}. */
  static final class ColorChoices implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return COLORS.iterator();
    }
  }
}

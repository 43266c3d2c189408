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
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code tilde search}: runs a query and prints ranked hits with highlighted snippets.
 *
 * <p>Its picocli model is built here in code, the one definition of its options that parsing, help, man page and
 * completion script all read: picocli would read annotations by reflection, through proxies made at run time that no
 * start-up cache can hold, on the start-up path of every search.
 */
final class SearchCommand implements Callable<Integer> {
  private static final List<String> COLORS = List.of("auto", "always", "never");
  private static final List<String> SORTS = List.of("relevance", "date");

  private final IndexLocation location = new IndexLocation();
  private final OptionSpec limit = OptionSpec.builder("-n", "--limit").paramLabel("N").type(int.class)
      .defaultValue("" + SearchOptions.DEFAULT_LIMIT).description("Hits to show (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec offset = OptionSpec.builder("--offset").paramLabel("N").type(int.class).defaultValue("0")
      .description("Skip the best N hits first, for paging (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec fields = OptionSpec.builder("--field").paramLabel("FIELD").type(List.class)
      .auxiliaryTypes(String.class).splitRegex(",").completionCandidates(List.of(Schema.SEARCHED_FIELDS))
      .description("Search only this field: title or body; repeat or comma-separate for both (default: both).")
      .build();
  private final OptionSpec lang = OptionSpec.builder("--lang").paramLabel("CODE").type(String.class)
      .description("Only documents in this language, such as en or es.").build();
  private final OptionSpec since = OptionSpec.builder("--since").paramLabel("DATE").type(LocalDate.class)
      .converters(new IsoDate())
      .description("Only documents dated on or after DATE (yyyy-MM-dd); undated ones are left out.").build();
  private final OptionSpec until = OptionSpec.builder("--until").paramLabel("DATE").type(LocalDate.class)
      .converters(new IsoDate())
      .description("Only documents dated on or before DATE (yyyy-MM-dd); undated ones are left out.").build();
  private final OptionSpec sort = OptionSpec.builder("--sort").paramLabel("ORDER").type(String.class)
      .defaultValue("relevance").completionCandidates(SORTS)
      .description("relevance (best first) or date (newest first, undated last); default: ${DEFAULT-VALUE}.").build();
  private final OptionSpec snippets = OptionSpec.builder("--snippets").paramLabel("N").type(int.class)
      .defaultValue("" + SearchOptions.DEFAULT_SNIPPETS)
      .description("Highlighted passages per hit, best first; 0 for none (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec json =
      Flag.of("--json", "Print one JSON object (query, total, took_ms, suggestion, hits).");
  private final OptionSpec jsonLines =
      Flag.of("--jsonl", "Print one JSON object per hit, one per line, for pipelines.");
  private final OptionSpec color = OptionSpec.builder("--color").paramLabel("WHEN").type(String.class)
      .defaultValue("auto").completionCandidates(COLORS)
      .description("Colour matches: auto (only on a terminal, unless NO_COLOR is set or TERM=dumb), always or never.")
      .build();
  private final OptionSpec timeoutMillis = OptionSpec.builder("--timeout").paramLabel("MS").type(long.class)
      .defaultValue("5000")
      .description("Stop the whole search (expanding, collecting, highlighting, suggesting) after MS milliseconds"
          + " and show what was found, marked as cut short; 0 for no limit (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec explain = Flag.of("--explain", "Print Lucene's explanation of each hit's score.");
  private final OptionSpec why = Flag.of("--why",
      "Print how the query's words matched each hit (exact, folded, alias, typo...).");
  private final OptionSpec aliases = OptionSpec.builder("--aliases").paramLabel("FILE").type(Path.class)
      .description("Add this alias table to Tilde's own.").build();
  private final OptionSpec from = OptionSpec.builder("--from").paramLabel("URL").type(String.class)
      .description("Search an index on an OpenSearch cluster instead, http://HOST:PORT/INDEX (loaded with 'tilde"
          + " index --to'); same queries, same options, same output.").build();
  private final PositionalParamSpec words = Operands.oneOrMore("QUERY", String.class,
      "The query; several words are joined with spaces.");
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  SearchCommand() {
    spec.name("search").usageMessage()
        .description("Search an index and print ranked hits with highlighted snippets.")
        .sortOptions(false)
        .footer(
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
            "  tilde search --why -n 3 amlo               # how each hit matched",
            "  tilde search --lang es --since 2021-06-01 --until 2021-06-30 migración",
            "  tilde search --sort date --snippets 1 guatemala",
            "  tilde search --json '\"Remain in Mexico\"' | jq '.hits[].title'",
            "  tilde search --jsonl --snippets 0 mexico | jq -r .path",
            "  tilde search --from http://127.0.0.1:9200/news lopez obrador");
    location.addTo(spec);
    for (OptionSpec option : List.of(limit, offset, fields, lang, since, until, sort, snippets, json, jsonLines, color,
        timeoutMillis, explain, why, aliases, from)) {
      spec.addOption(option);
    }
    spec.addPositional(words);
    StandardHelpOptions.addTo(spec);
  }

  /** This command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() throws IOException {
    SearchOptions options = options();
    boolean colored = colored();
    String query = String.join(" ", words.<List<String>>getValue());
    Path aliasTable = aliases.getValue();
    // The standard analysis is taken as late as can be: SearchPrewarm builds it on another thread meanwhile.
    TildeAnalysis withAliases = aliasTable == null ? null : TildeAnalysis.withAliases(aliasTable);
    PrintWriter out = spec.commandLine().getOut();
    String cluster = from.getValue();
    if (cluster != null && spec.commandLine().getParseResult().hasMatchedOption("--index")) {
      throw usage("--from searches a cluster: --index does not apply");
    }
    SearchResults results;
    try (Searchable index = open(cluster, withAliases)) {
      results = index.search(query, options);
      boolean told = options.why();
      Map<String, String> explanations = new LinkedHashMap<>();
      if (explain.<Boolean>getValue()) {
        results.hits().forEach(hit -> explanations.put(hit.id(), index.explain(query, hit.id())));
      }
      if (json.<Boolean>getValue()) {
        JsonResultsWriter.write(results, explanations, told, out);
      } else if (jsonLines.<Boolean>getValue()) {
        JsonLinesResultsWriter.write(results, explanations, told, out);
        if (results.suggestion() != null) {
          spec.commandLine().getErr().println("tilde: did you mean \"" + results.suggestion() + "\"?");
        }
      } else {
        new TerminalResultsWriter(colored, told).write(results, explanations, out);
      }
    }
    out.flush();
    return results.hits().isEmpty() ? ExitCode.NO_HITS : ExitCode.OK;
  }

  /** The cluster's index, else the local one, read with {@code withAliases}, else with the standard analysis. */
  private Searchable open(String cluster, TildeAnalysis withAliases) {
    if (cluster != null) {
      TildeAnalysis analysis = withAliases != null ? withAliases : TildeAnalysis.standard();
      return RemoteIndex.open(ClusterIndex.parse(cluster), analysis);
    }
    return withAliases != null ? TildeIndex.openForOneSearch(location.path(), withAliases)
        : TildeIndex.openForOneSearch(location.path());
  }

  private SearchOptions options() {
    if (json.<Boolean>getValue() && jsonLines.<Boolean>getValue()) {
      throw usage("--json and --jsonl cannot be used together");
    }
    String order = sort.getValue();
    if (!SORTS.contains(order.toLowerCase(Locale.ROOT))) {
      throw usage("--sort must be relevance or date, got '" + order + "'");
    }
    SearchOptions options = SearchOptions.defaults()
        .withLimit(limit.<Integer>getValue())
        .withOffset(offset.<Integer>getValue())
        .withLang(lang.getValue())
        .withSince(since.getValue())
        .withUntil(until.getValue())
        .withSortBy(SearchOptions.SortBy.valueOf(order.toUpperCase(Locale.ROOT)))
        .withSnippets(snippets.<Integer>getValue())
        // JSON always says why each hit matched, for scripts; people ask for it.
        .withWhy(why.<Boolean>getValue() || json.<Boolean>getValue() || jsonLines.<Boolean>getValue());
    long timeout = timeoutMillis.<Long>getValue();
    if (timeout < 0) {
      throw usage("--timeout must be 0 or more milliseconds, got " + timeout);
    }
    if (timeout > 0) {
      options = options.withTimeout(Duration.ofMillis(timeout));
    }
    List<String> searched = fields.getValue();
    if (searched != null) {
      options = options.withFields(searched.stream().map(f -> f.toLowerCase(Locale.ROOT)).toArray(String[]::new));
    }
    return options;
  }

  private boolean colored() {
    String when = color.getValue();
    return switch (when.toLowerCase(Locale.ROOT)) {
      case "always" -> true;
      case "never" -> false;
      case "auto" -> Terminal.colourByDefault();
      default -> throw usage("--color must be auto, always or never, got '" + when + "'");
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
}

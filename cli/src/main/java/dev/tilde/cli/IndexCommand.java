package dev.tilde.cli;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.cli.output.IndexSummaryWriter;
import dev.tilde.cli.output.LoadSummaryWriter;
import dev.tilde.cli.output.MessageWriter;
import dev.tilde.cli.output.ProgressReporter;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.IndexSummary;
import dev.tilde.indexer.Indexer;
import dev.tilde.indexer.source.NdjsonFields;
import dev.tilde.opensearch.client.ClusterIndex;
import dev.tilde.opensearch.client.LoadJob;
import dev.tilde.opensearch.client.LoadOptions;
import dev.tilde.opensearch.client.LoadSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tilde index}: brings an index up to date with files, directories and NDJSON streams. */
@Command(
    name = "index",
    description = {
      "Index .txt, .md, .html/.htm and NDJSON (.jsonl, .ndjson) files, directories of them (recursively) and NDJSON"
          + " from standard input (-); any file may be gzip-compressed (.gz).",
      "Incremental: unchanged documents are skipped, changed ones replaced, and documents whose file is gone from"
          + " under the PATHs deleted."
    },
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    sortOptions = false,
    footer = {
      "",
      "Exit codes: 0 every input indexed, 3 finished but some inputs failed (listed on stderr),"
          + " 2 usage error, an input that is not a file or directory (a FIFO, socket or device), an index that"
          + " cannot be read (without --full), or nothing could be indexed.",
      "",
      "Examples:",
      "  tilde index seeds",
      "  tilde index --full --index /srv/news-index articles/ feed.jsonl.gz",
      "  producer | tilde index --json --id-field uuid --body-field text -",
      "  tilde index --to http://127.0.0.1:9200/news --shards 2 --replicas 1 articles/"
    })
final class IndexCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Mixin private IndexLocation location;

  @Option(names = "--full", description = "Rebuild the index from these PATHs alone; searchers see the old index"
      + " until the new one is complete. An index that cannot be read (damaged, or a newer Lucene's) is moved aside"
      + " to DIR.damaged-TIME first.")
  private boolean full;

  @Option(names = "--follow-links", description = "Follow symbolic links met in directories (loops are detected);"
      + " by default they are skipped with a warning, so a link cannot pull in files from outside the tree.")
  private boolean followLinks;

  @Option(names = "--threads", paramLabel = "N", description = "Documents indexed concurrently (default: the number"
      + " of cores).")
  private Integer threads;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB", defaultValue = "64", description = "Memory for documents"
      + " not yet written to disk; bounds the heap whatever the input size (default: ${DEFAULT-VALUE}).")
  private double ramBufferMb;

  @Option(names = "--commit-interval", paramLabel = "SECONDS", defaultValue = "60", description = "Commit this"
      + " often, so a crash loses at most this much work (default: ${DEFAULT-VALUE}; --full commits once, at the"
      + " end).")
  private double commitIntervalSeconds;

  @Option(names = "--max-doc-mb", paramLabel = "MB", defaultValue = "10", description = "Cut documents longer than"
      + " this, with a warning (default: ${DEFAULT-VALUE}).")
  private double maxDocMb;

  @Option(names = "--id-field", paramLabel = "FIELD", defaultValue = "id", description = "NDJSON field with the"
      + " document's stable id (default: ${DEFAULT-VALUE}).")
  private String idField;

  @Option(names = "--title-field", paramLabel = "FIELD", defaultValue = "title", description = "NDJSON title field"
      + " (default: ${DEFAULT-VALUE}).")
  private String titleField;

  @Option(names = "--body-field", paramLabel = "FIELD", defaultValue = "body", description = "NDJSON text field"
      + " (default: ${DEFAULT-VALUE}).")
  private String bodyField;

  @Option(names = "--date-field", paramLabel = "FIELD", defaultValue = "date", description = "NDJSON publication"
      + " date field (default: ${DEFAULT-VALUE}).")
  private String dateField;

  @Option(names = "--source-field", paramLabel = "FIELD", defaultValue = "source", description = "NDJSON publisher"
      + " field (default: ${DEFAULT-VALUE}).")
  private String sourceField;

  @Option(names = "--lang-field", paramLabel = "FIELD", defaultValue = "lang", description = "NDJSON language code"
      + " field; detected when absent (default: ${DEFAULT-VALUE}).")
  private String langField;

  @Option(names = "--extra-field", paramLabel = "FIELD", split = ",", description = "NDJSON field to keep as a"
      + " stored keyword (extra.FIELD); repeat or separate with commas.")
  private List<String> extraFields = new ArrayList<>();

  @Option(names = "--json", description = "Print one JSON summary object on stdout at the end.")
  private boolean json;

  @Option(names = "--to", paramLabel = "URL", description = "Load into an index on an OpenSearch cluster instead,"
      + " http://HOST:PORT/INDEX (created with Tilde's analysis if missing; every node needs the Tilde plugin).")
  private String to;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "With --to: primary shards of a"
      + " new index (default: ${DEFAULT-VALUE}).")
  private int shards;

  @Option(names = "--replicas", paramLabel = "N", defaultValue = "1", description = "With --to: copies of each"
      + " shard on other nodes (default: ${DEFAULT-VALUE}).")
  private int replicas;

  @Option(names = "--aliases", paramLabel = "FILE", description = "With --to: add this alias table to Tilde's own"
      + " in a new index's search-time aliases.")
  private Path aliases;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to index, or - for NDJSON on"
      + " standard input.")
  private List<Path> inputs;

  @Override
  public Integer call() {
    MessageWriter err = MessageWriter.of(spec.commandLine().getErr());
    if (to == null && (aliases != null || spec.commandLine().getParseResult().hasMatchedOption("--shards")
        || spec.commandLine().getParseResult().hasMatchedOption("--replicas"))) {
      throw new ParameterException(spec.commandLine(), "--shards, --replicas and --aliases go with --to");
    }
    if (to != null && (full || spec.commandLine().getParseResult().hasMatchedOption("--index"))) {
      throw new ParameterException(spec.commandLine(), "--to loads into a cluster: --full and --index do not apply");
    }
    ProgressReporter reporter = new ProgressReporter(err, Terminal.drawsProgress());
    IndexOptions options = IndexOptions.defaults()
        .withFull(full)
        .withFollowLinks(followLinks)
        .withThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors())
        .withRamBufferMb(ramBufferMb)
        .withCommitInterval(Duration.ofMillis(Math.round(commitIntervalSeconds * 1000)))
        .withMaxDocumentBytes(Math.round(maxDocMb * 1024 * 1024))
        .withNdjsonFields(new NdjsonFields(idField, titleField, bodyField, dateField, sourceField, langField,
            extraFields))
        .withStdin(System.in)
        .withWarnings(reporter::warning)
        .withProgress(reporter.showsProgress() ? reporter::progress : null);
    if (to != null) {
      return load(options, reporter, err);
    }
    IndexSummary summary;
    try {
      summary = Indexer.index(location.path(), inputs, options);
    } finally {
      reporter.clear();
    }
    if (json) {
      PrintWriter out = spec.commandLine().getOut();
      IndexSummaryWriter.writeJson(summary, out);
      out.flush();
    } else {
      err.println("tilde: " + IndexSummaryWriter.text(summary, location.path()));
    }
    if (summary.nothingIndexed()) {
      err.println("tilde: nothing could be indexed; the index was left as it was");
      err.flush();
      return ExitCode.USAGE;
    }
    err.flush();
    return summary.failed() == 0 ? ExitCode.OK : ExitCode.PARTIAL;
  }

  private int load(IndexOptions options, ProgressReporter reporter, MessageWriter err) {
    LoadOptions load = LoadOptions.defaults()
        .withShards(shards)
        .withReplicas(replicas)
        .withAnalysis(aliases == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliases))
        .withWarnings(reporter::warning);
    LoadSummary summary;
    try {
      summary = LoadJob.run(ClusterIndex.parse(to), inputs, options.withProgress(null), load);
    } finally {
      reporter.clear();
    }
    if (!summary.created() && (aliases != null || spec.commandLine().getParseResult().hasMatchedOption("--shards")
        || spec.commandLine().getParseResult().hasMatchedOption("--replicas"))) {
      err.println("tilde: " + summary.index() + " already existed: --shards, --replicas and --aliases apply only to a"
          + " new index");
    }
    if (json) {
      PrintWriter out = spec.commandLine().getOut();
      LoadSummaryWriter.writeJson(summary, out);
      out.flush();
    } else {
      LoadSummaryWriter.lines(summary).forEach(line -> err.println("tilde: " + line));
    }
    err.flush();
    if (summary.indexed() == 0 && !summary.complete()) {
      err.println("tilde: nothing could be loaded");
      err.flush();
      return ExitCode.USAGE;
    }
    return summary.complete() ? ExitCode.OK : ExitCode.PARTIAL;
  }
}

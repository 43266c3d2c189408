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
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code tilde index}: brings an index up to date with files, directories and NDJSON streams; its picocli model is
 * built in code, as every command's.
 */
final class IndexCommand implements Callable<Integer> {
  private final IndexLocation location = new IndexLocation();
  private final OptionSpec full = Flag.of("--full", "Rebuild the index from these PATHs alone; searchers see the old"
      + " index until the new one is complete. An index that cannot be read (damaged, or a newer Lucene's) is moved"
      + " aside to DIR.damaged-TIME first.");
  private final OptionSpec followLinks = Flag.of("--follow-links", "Follow symbolic links met in directories (loops"
      + " are detected); by default they are skipped with a warning, so a link cannot pull in files from outside the"
      + " tree.");
  private final OptionSpec threads = OptionSpec.builder("--threads").paramLabel("N").type(Integer.class)
      .description("Documents indexed concurrently (default: the number of cores).").build();
  private final OptionSpec ramBufferMb = OptionSpec.builder("--ram-buffer-mb").paramLabel("MB").type(double.class)
      .defaultValue("64").description("Memory for documents not yet written to disk; bounds the heap whatever the"
          + " input size (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec commitIntervalSeconds = OptionSpec.builder("--commit-interval").paramLabel("SECONDS")
      .type(double.class).defaultValue("60").description("Commit this often, so a crash loses at most this much work"
          + " (default: ${DEFAULT-VALUE}; --full commits once, at the end).").build();
  private final OptionSpec maxDocMb = OptionSpec.builder("--max-doc-mb").paramLabel("MB").type(double.class)
      .defaultValue("10").description("Cut documents longer than this, with a warning (default: ${DEFAULT-VALUE}).")
      .build();
  private final OptionSpec idField = ndjsonField("--id-field", "id",
      "NDJSON field with the document's stable id (default: ${DEFAULT-VALUE}).");
  private final OptionSpec titleField = ndjsonField("--title-field", "title",
      "NDJSON title field (default: ${DEFAULT-VALUE}).");
  private final OptionSpec bodyField = ndjsonField("--body-field", "body",
      "NDJSON text field (default: ${DEFAULT-VALUE}).");
  private final OptionSpec dateField = ndjsonField("--date-field", "date",
      "NDJSON publication date field (default: ${DEFAULT-VALUE}).");
  private final OptionSpec sourceField = ndjsonField("--source-field", "source",
      "NDJSON publisher field (default: ${DEFAULT-VALUE}).");
  private final OptionSpec langField = ndjsonField("--lang-field", "lang",
      "NDJSON language code field; detected when absent (default: ${DEFAULT-VALUE}).");
  private final OptionSpec extraFields = OptionSpec.builder("--extra-field").paramLabel("FIELD").type(List.class)
      .auxiliaryTypes(String.class).splitRegex(",").initialValue(List.of()).description("NDJSON field to keep as a"
          + " stored keyword (extra.FIELD); repeat or separate with commas.").build();
  private final OptionSpec json = Flag.of("--json", "Print one JSON summary object on stdout at the end.");
  private final OptionSpec to = OptionSpec.builder("--to").paramLabel("URL").type(String.class)
      .description("Load into an index on an OpenSearch cluster instead, http://HOST:PORT/INDEX (created with"
          + " Tilde's analysis if missing; every node needs the Tilde plugin).").build();
  private final OptionSpec shards = OptionSpec.builder("--shards").paramLabel("N").type(int.class).defaultValue("1")
      .description("With --to: primary shards of a new index (default: ${DEFAULT-VALUE}).").build();
  private final OptionSpec replicas = OptionSpec.builder("--replicas").paramLabel("N").type(int.class)
      .defaultValue("1").description("With --to: copies of each shard on other nodes (default: ${DEFAULT-VALUE}).")
      .build();
  private final OptionSpec aliases = OptionSpec.builder("--aliases").paramLabel("FILE").type(Path.class)
      .description("With --to: add this alias table to Tilde's own in a new index's search-time aliases.").build();
  private final PositionalParamSpec inputs = Operands.oneOrMore("PATH", Path.class,
      "Files or directories to index, or - for NDJSON on standard input.");
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  IndexCommand() {
    spec.name("index").usageMessage()
        .description(
            "Index .txt, .md, .html/.htm and NDJSON (.jsonl, .ndjson) files, directories of them (recursively) and"
                + " NDJSON from standard input (-); any file may be gzip-compressed (.gz).",
            "Incremental: unchanged documents are skipped, changed ones replaced, and documents whose file is gone"
                + " from under the PATHs deleted.")
        .sortOptions(false)
        .footer(
            "",
            "Exit codes: 0 every input indexed, 3 finished but some inputs failed (listed on stderr),"
                + " 2 usage error, an input that is not a file or directory (a FIFO, socket or device), an index"
                + " that cannot be read (without --full), or nothing could be indexed.",
            "",
            "Examples:",
            "  tilde index seeds",
            "  tilde index --full --index /srv/news-index articles/ feed.jsonl.gz",
            "  producer | tilde index --json --id-field uuid --body-field text -",
            "  tilde index --to http://127.0.0.1:9200/news --shards 2 --replicas 1 articles/");
    location.addTo(spec);
    for (OptionSpec option : List.of(full, followLinks, threads, ramBufferMb, commitIntervalSeconds, maxDocMb,
        idField, titleField, bodyField, dateField, sourceField, langField, extraFields, json, to, shards, replicas,
        aliases)) {
      spec.addOption(option);
    }
    spec.addPositional(inputs);
    StandardHelpOptions.addTo(spec);
  }

  /** This command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  /** An NDJSON field-name option, {@code name}, whose field is {@code standard} unless given. */
  private static OptionSpec ndjsonField(String name, String standard, String description) {
    return OptionSpec.builder(name).paramLabel("FIELD").type(String.class).defaultValue(standard)
        .description(description).build();
  }

  @Override
  public Integer call() {
    MessageWriter err = MessageWriter.of(spec.commandLine().getErr());
    String cluster = to.getValue();
    Path aliasTable = aliases.getValue();
    boolean rebuild = full.getValue();
    if (cluster == null && (aliasTable != null || spec.commandLine().getParseResult().hasMatchedOption("--shards")
        || spec.commandLine().getParseResult().hasMatchedOption("--replicas"))) {
      throw new ParameterException(spec.commandLine(), "--shards, --replicas and --aliases go with --to");
    }
    if (cluster != null && (rebuild || spec.commandLine().getParseResult().hasMatchedOption("--index"))) {
      throw new ParameterException(spec.commandLine(), "--to loads into a cluster: --full and --index do not apply");
    }
    ProgressReporter reporter = new ProgressReporter(err, Terminal.drawsProgress());
    Integer threadCount = threads.getValue();
    IndexOptions options = IndexOptions.defaults()
        .withFull(rebuild)
        .withFollowLinks(followLinks.<Boolean>getValue())
        .withThreads(threadCount != null ? threadCount : Runtime.getRuntime().availableProcessors())
        .withRamBufferMb(ramBufferMb.<Double>getValue())
        .withCommitInterval(Duration.ofMillis(Math.round(commitIntervalSeconds.<Double>getValue() * 1000)))
        .withMaxDocumentBytes(Math.round(maxDocMb.<Double>getValue() * 1024 * 1024))
        .withNdjsonFields(new NdjsonFields(idField.getValue(), titleField.getValue(), bodyField.getValue(),
            dateField.getValue(), sourceField.getValue(), langField.getValue(), extraFields.getValue()))
        .withStdin(System.in)
        .withWarnings(reporter::warning)
        .withProgress(reporter.showsProgress() ? reporter::progress : null);
    if (cluster != null) {
      return load(cluster, aliasTable, options, reporter, err);
    }
    IndexSummary summary;
    try {
      summary = Indexer.index(location.path(), inputs.getValue(), options);
    } finally {
      reporter.clear();
    }
    if (json.<Boolean>getValue()) {
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

  private int load(String cluster, Path aliasTable, IndexOptions options, ProgressReporter reporter,
      MessageWriter err) {
    LoadOptions load = LoadOptions.defaults()
        .withShards(shards.<Integer>getValue())
        .withReplicas(replicas.<Integer>getValue())
        .withAnalysis(aliasTable == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliasTable))
        .withWarnings(reporter::warning);
    LoadSummary summary;
    try {
      summary = LoadJob.run(ClusterIndex.parse(cluster), inputs.getValue(), options.withProgress(null), load);
    } finally {
      reporter.clear();
    }
    if (!summary.created() && (aliasTable != null || spec.commandLine().getParseResult().hasMatchedOption("--shards")
        || spec.commandLine().getParseResult().hasMatchedOption("--replicas"))) {
      err.println("tilde: " + summary.index() + " already existed: --shards, --replicas and --aliases apply only to a"
          + " new index");
    }
    if (json.<Boolean>getValue()) {
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

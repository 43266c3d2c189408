package dev.tilde.cli.output;

import dev.tilde.indexer.FailureLog;
import dev.tilde.indexer.IndexSummary;
import dev.tilde.opensearch.client.LoadSummary;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints what loading into an OpenSearch cluster did: lines for people, or one JSON object for schedulers whose
 * keys are a public contract: {@code index, created, indexed, failed, failures[source, reason], failures_omitted,
 * stopped, total_docs, seconds}; {@code failures} lists the first {@value FailureLog#SHOWN_PER_INPUT} of each input,
 * {@code failures_omitted} counts the rest.
 */
public final class LoadSummaryWriter {
  private LoadSummaryWriter() {}

  public static void writeJson(LoadSummary summary, Writer out) {
    JsonOutput.line(out, json -> {
      json.writeStartObject();
      json.writeStringField("index", summary.index());
      json.writeBooleanField("created", summary.created());
      json.writeNumberField("indexed", summary.indexed());
      json.writeNumberField("failed", summary.failed());
      json.writeArrayFieldStart("failures");
      for (IndexSummary.Failure failure : summary.failures()) {
        json.writeStartObject();
        json.writeStringField("source", failure.source());
        json.writeStringField("reason", failure.reason());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberField("failures_omitted", summary.failuresOmitted());
      json.writeStringField("stopped", summary.stopped());
      json.writeNumberField("total_docs", summary.totalDocs());
      json.writeNumberField("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
      json.writeEndObject();
    });
  }

  /**
   * "loaded 5 document(s) into http://…/news (created), 0 failed; 5 in the index (1.20 s)", then what to retry, if
   * anything: one message per element, each printed as its own line.
   */
  public static List<String> lines(LoadSummary summary) {
    List<String> lines = new ArrayList<>(3);
    lines.add(String.format(Locale.ROOT,
        "loaded %d document(s) into %s (%s), %d failed; %s in the index (%.2f s)",
        summary.indexed(), summary.index(), summary.created() ? "created" : "existing index",
        summary.failed(), summary.totalDocs() < 0 ? "unknown number" : Long.toString(summary.totalDocs()),
        summary.seconds()));
    if (summary.stopped() != null) {
      lines.add("stopped before the end of the input: " + summary.stopped());
    }
    if (!summary.complete()) {
      lines.add((summary.stopped() != null ? "re-run the same command to load the rest"
          : "the inputs listed above are not in the index; re-run the same command to retry them")
          + " (loading replaces documents by id, so nothing is duplicated)");
    }
    return lines;
  }
}

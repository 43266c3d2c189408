package dev.tilde.cli.output;

import dev.tilde.indexer.IndexSummary;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what an index job did: one line for people, or one JSON object for schedulers whose keys are a public
 * contract: {@code added, updated, deleted, unchanged, failed, total_docs, bytes, seconds}.
 */
public final class IndexSummaryWriter {
  private IndexSummaryWriter() {}

  public static void writeJson(IndexSummary summary, Writer out) {
    JsonOutput.line(out, json -> {
      json.writeStartObject();
      json.writeNumberField("added", summary.added());
      json.writeNumberField("updated", summary.updated());
      json.writeNumberField("deleted", summary.deleted());
      json.writeNumberField("unchanged", summary.unchanged());
      json.writeNumberField("failed", summary.failed());
      json.writeNumberField("total_docs", summary.totalDocs());
      json.writeNumberField("bytes", summary.bytes());
      json.writeNumberField("seconds", Math.round(summary.seconds() * 1000) / 1000.0);
      json.writeEndObject();
    });
  }

  /** "indexed 5 document(s) into index: 5 added, 0 updated, …; 5 in the index (26.0 KB read in 0.42 s)". */
  public static String text(IndexSummary summary, Path index) {
    return String.format(Locale.ROOT,
        "indexed %d document(s) into %s: %d added, %d updated, %d unchanged, %d deleted, %d failed;"
            + " %d in the index (%s read in %.2f s)",
        summary.added() + summary.updated(), index, summary.added(), summary.updated(), summary.unchanged(),
        summary.deleted(), summary.failed(), summary.totalDocs(), ByteSize.format(summary.bytes()),
        summary.seconds());
  }
}

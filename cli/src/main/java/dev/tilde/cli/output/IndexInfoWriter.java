package dev.tilde.cli.output;

import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.index.CommitMetadata;
import dev.tilde.index.IndexInfo;
import dev.tilde.schema.Schema;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Prints {@code tilde info}: for people, one labelled line per fact; for scripts, one JSON object whose keys are a
 * public contract: {@code index, documents, deleted_documents, segments, size_bytes, analysis, analysis_compatible,
 * last_commit, last_job_complete, inputs}, and with the acronyms learned {@code acronyms}, each {@code acronym,
 * long_form, source, documents}. Neither form passes a control character from a path or a document through.
 */
public final class IndexInfoWriter {
  private IndexInfoWriter() {}

  /** Prints {@code info} for people, and the acronyms it learned if {@code acronyms}, one line each. */
  public static void writeText(IndexInfo info, boolean acronyms, PrintWriter out) {
    CommitMetadata commit = info.commit();
    line(out, "index", info.directory().toAbsolutePath().toString());
    line(out, "documents", info.documents() + (info.deletedDocuments() == 0 ? ""
        : " (and " + info.deletedDocuments() + " deleted, not yet merged away)"));
    line(out, "segments", Integer.toString(info.segments()));
    line(out, "size on disk", ByteSize.format(info.sizeBytes()));
    line(out, "analysis", commit.compatible() ? commit.analysisVersion()
        : (commit.analysisVersion() == null ? "not recorded" : commit.analysisVersion())
            + " — this Tilde uses " + Schema.ANALYSIS_VERSION + ": rebuild with 'tilde index --full'");
    line(out, "last commit", commit.committedAt() == null ? "unknown" : commit.committedAt().toString());
    line(out, "last job", commit.jobComplete() ? "complete"
        : "interrupted: run the same 'tilde index' command again to complete it");
    if (commit.inputs().isEmpty()) {
      line(out, "inputs", "unknown");
    }
    for (int i = 0; i < commit.inputs().size(); i++) {
      line(out, i == 0 ? "inputs" : "", commit.inputs().get(i));
    }
    if (acronyms) {
      line(out, "acronyms", info.acronyms().size() + " learned from the text");
      int width = info.acronyms().stream().mapToInt(a -> a.acronym().length()).max().orElse(0);
      for (LearnedAcronyms.Learned learned : info.acronyms()) {
        out.printf("  %-" + width + "s  %s  (%s, %s)%n", TerminalText.safe(learned.acronym()),
            TerminalText.safe(learned.longForm()), learned.source().label(),
            learned.documents() == 1 ? "1 document" : learned.documents() + " documents");
      }
    }
  }

  /** Prints {@code info} for scripts, with the acronyms it learned ({@code "acronyms"}) if {@code acronyms}. */
  public static void writeJson(IndexInfo info, boolean acronyms, Writer out) {
    CommitMetadata commit = info.commit();
    JsonOutput.line(out, json -> {
      json.writeStartObject();
      json.writeStringField("index", info.directory().toAbsolutePath().toString());
      json.writeNumberField("documents", info.documents());
      json.writeNumberField("deleted_documents", info.deletedDocuments());
      json.writeNumberField("segments", info.segments());
      json.writeNumberField("size_bytes", info.sizeBytes());
      json.writeStringField("analysis", commit.analysisVersion());
      json.writeBooleanField("analysis_compatible", commit.compatible());
      json.writeStringField("last_commit", commit.committedAt() == null ? null : commit.committedAt().toString());
      json.writeBooleanField("last_job_complete", commit.jobComplete());
      json.writeArrayFieldStart("inputs");
      for (String input : commit.inputs()) {
        json.writeString(input);
      }
      json.writeEndArray();
      if (acronyms) {
        json.writeArrayFieldStart("acronyms");
        for (LearnedAcronyms.Learned learned : info.acronyms()) {
          json.writeStartObject();
          json.writeStringField("acronym", learned.acronym());
          json.writeStringField("long_form", learned.longForm());
          json.writeStringField("source", learned.source().label());
          json.writeNumberField("documents", learned.documents());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeEndObject();
    });
  }

  private static void line(PrintWriter out, String label, String value) {
    out.printf("%-13s %s%n", label, TerminalText.safe(value)); // paths and inputs are the user's, or a hostile index's
  }
}

package dev.tilde.index;

import dev.tilde.IncompatibleIndexException;
import dev.tilde.schema.Schema;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each commit of a Tilde index records about how and from what it was built (kept in Lucene's commit user
 * data).
 *
 * @param analysisVersion the {@link Schema#ANALYSIS_VERSION} the index was built with, or {@code null} if the index
 *     predates the record
 * @param committedAt when the commit was made, or {@code null} if unknown
 * @param jobComplete {@code false} for the periodic commits of a job still running: if it is the last commit, the
 *     job was interrupted and re-running it completes it
 * @param inputs the inputs the index was built from (absolute paths, or {@code -} for standard input)
 */
public record CommitMetadata(String analysisVersion, Instant committedAt, boolean jobComplete, List<String> inputs) {
  private static final String ANALYSIS = "tilde.analysis";
  private static final String COMMITTED_AT = "tilde.committed_at";
  private static final String JOB = "tilde.job";
  private static final String INPUTS = "tilde.inputs";
  private static final String COMPLETE = "complete";
  private static final String RUNNING = "running";

  /** Keeps its own copy of {@code inputs}. */
  public CommitMetadata {
    inputs = List.copyOf(inputs);
  }

  /**
   * Reads the metadata from a commit's user data; keys it lacks read as unknown.
   *
   * @param userData the commit's user data, as Lucene returns it
   * @return what the commit recorded
   */
  public static CommitMetadata fromUserData(Map<String, String> userData) {
    Instant committedAt = null;
    try {
      String at = userData.get(COMMITTED_AT);
      committedAt = at == null ? null : Instant.parse(at);
    } catch (DateTimeParseException unreadable) {
      // written by hand or damaged: shown as unknown rather than failing to open the index
    }
    String inputs = userData.getOrDefault(INPUTS, "");
    return new CommitMetadata(userData.get(ANALYSIS), committedAt, !RUNNING.equals(userData.get(JOB)),
        inputs.isEmpty() ? List.of() : Arrays.asList(inputs.split("\n")));
  }

  Map<String, String> toUserData() {
    Map<String, String> data = new HashMap<>();
    data.put(ANALYSIS, analysisVersion);
    data.put(COMMITTED_AT, committedAt.toString());
    data.put(JOB, jobComplete ? COMPLETE : RUNNING);
    data.put(INPUTS, String.join("\n", inputs));
    return data;
  }

  /** {@return whether this Tilde can search and update the index} It can when it was built with the same analysis. */
  public boolean compatible() {
    return Schema.ANALYSIS_VERSION.equals(analysisVersion);
  }

  /**
   * Refuses an index this Tilde would search wrongly.
   *
   * @param directory the index's directory, for the message
   * @throws IncompatibleIndexException unless {@link #compatible()}
   */
  public void requireCompatible(Path directory) {
    if (!compatible()) {
      throw new IncompatibleIndexException(directory, analysisVersion, Schema.ANALYSIS_VERSION);
    }
  }
}

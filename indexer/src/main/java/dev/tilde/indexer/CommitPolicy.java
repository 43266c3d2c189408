package dev.tilde.indexer;

import dev.tilde.TildeException;
import dev.tilde.index.CommitMetadata;
import dev.tilde.index.IndexSnapshot;
import dev.tilde.index.TildeWriter;
import dev.tilde.indexer.source.InputSource;
import dev.tilde.indexer.source.SourceFiles;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * When an index job commits, and what its last commit does with the documents its inputs no longer hold: an
 * incremental job commits periodically (when it has written something since) and, at the end, deletes the documents
 * of files gone from under its inputs; a full rebuild commits once and carries over, from the index it replaces, the
 * documents of inputs it could not read this time. Either way a document whose input failed is never lost.
 */
final class CommitPolicy {
  /** What the commit records for standard input among the inputs. */
  private static final String STDIN_INPUT = "-";

  /** What the last commit did: documents deleted, and documents in the index after it. */
  record Outcome(long deleted, long totalDocs) {}

  private final Path indexPath;
  private final TildeWriter writer;
  private final IndexSnapshot committed;
  private final boolean full;
  private final List<String> recordedInputs;
  /** The file inputs, absolute: only documents under them can be deleted. */
  private final Set<Path> roots = new LinkedHashSet<>();
  /** Documents written; a periodic commit with nothing new to make durable is skipped. */
  private final AtomicLong written = new AtomicLong();
  private long writtenAtLastCommit;

  CommitPolicy(Path indexPath, TildeWriter writer, List<Path> inputs, boolean full) {
    this.indexPath = indexPath;
    this.writer = writer;
    this.committed = writer.committed();
    this.full = full;
    for (Path input : InputSource.files(inputs)) {
      roots.add(InputSource.absolute(input));
    }
    this.recordedInputs = recordedInputs(inputs);
  }

  /** Counts a document written, for the next periodic commit. */
  void written() {
    written.incrementAndGet();
  }

  /** Commits what was written since the last commit, if anything; a failure stops {@code pipeline}. */
  void periodicCommit(BoundedPipeline pipeline) {
    long writtenNow = written.get();
    if (pipeline.failed() || writtenNow == writtenAtLastCommit) {
      return;
    }
    try {
      writer.commit(recordedInputs, false);
      writtenAtLastCommit = writtenNow;
    } catch (RuntimeException e) {
      pipeline.fail(e);
    }
  }

  /**
   * Deletes or carries over what the inputs no longer hold, then commits and closes the writer; or, if nothing could
   * be read, rolls back so the index stays as it was.
   *
   * @param failedOrigins files and directories that failed: their documents are kept
   * @param fail told (source, reason) about each input that is no longer a file, whose documents are kept
   */
  Outcome finish(DocumentCounts counts, Set<Path> failedOrigins, BiConsumer<String, String> fail) {
    long[] deleted = {0};
    Set<String> notFiles = new HashSet<>();
    committed.forEachDocument((path, ordinal) -> {
      if (counts.seen(ordinal)) {
        return;
      }
      boolean kept = isUnder(path, failedOrigins) || isUnder(path, roots) && notReadableNow(path, notFiles, fail);
      if (full) {
        if (kept) {
          writer.put(committed.document(ordinal)); // unreadable this time: keep the version we had
          counts.carriedOver();
        } else {
          deleted[0]++;
        }
      } else if (!kept && isUnder(path, roots)) {
        writer.deleteKey(committed.key(ordinal));
        deleted[0]++;
      }
    });
    if (counts.read() == 0 && (full || deleted[0] == 0)) {
      // Nothing could be read: a rebuild would be empty, so keep the index as it was.
      writer.rollback();
      return new Outcome(0, committed.documentCount());
    }
    writer.commit(recordedInputs, true);
    long totalDocs = writer.documentCount();
    try {
      writer.close();
    } catch (IOException e) {
      throw new TildeException("cannot close index at " + indexPath + ": " + e.getMessage(), e);
    }
    return new Outcome(deleted[0], totalDocs);
  }

  /**
   * Whether the input a document came from is still there but is no longer a file this job reads (it became a
   * symbolic link the walk skips, a FIFO, a socket, a device): like an unreadable file, it keeps its document, and
   * is reported.
   */
  private static boolean notReadableNow(String path, Set<String> reported, BiConsumer<String, String> fail) {
    String kind = SourceFiles.notAFile(Path.of(path));
    if (kind == null) {
      return false;
    }
    if (reported.add(path)) { // once per input, however many documents an NDJSON file held
      fail.accept(path, "is now " + kind + ", not a file: the documents indexed from it are kept");
    }
    return true;
  }

  /** What the index is built from after this job: these inputs, plus, for an update, what it was built from. */
  private List<String> recordedInputs(List<Path> inputs) {
    Set<String> recorded = new LinkedHashSet<>();
    CommitMetadata last = committed.metadata();
    if (!full && last != null) {
      recorded.addAll(last.inputs());
    }
    for (Path input : inputs) {
      recorded.add(InputSource.isStdin(input) ? STDIN_INPUT : InputSource.absolute(input).toString());
    }
    return List.copyOf(recorded);
  }

  /** Whether the document path {@code path} is one of {@code roots} or inside one (never for standard input). */
  private static boolean isUnder(String path, Set<Path> roots) {
    if (roots.isEmpty() || path.equals(InputSource.STDIN_NAME)) {
      return false;
    }
    Path document;
    try {
      document = Path.of(path);
    } catch (InvalidPathException e) {
      return false;
    }
    for (Path root : roots) {
      if (document.startsWith(root)) {
        return true;
      }
    }
    return false;
  }
}

package dev.tilde.indexer;

import dev.tilde.index.IndexSnapshot;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * What an index job counts: each document key once, however often its inputs repeat it, as the last version read
 * compares with the index's (added, updated, unchanged). The documents of the index are tracked by ordinal, one bit
 * each; new ones by fingerprint ({@link NewDocumentKeys}). Safe for concurrent use, as long as the documents of one
 * key are counted one at a time and in the order read, as {@link KeyTurns} runs them.
 */
final class DocumentCounts {
  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  /** Documents of the index this job has counted. */
  private final DocumentBits seen;
  /** Of those, the ones whose last version read differs from the index's. */
  private final DocumentBits changed;
  private final NewDocumentKeys newKeys;
  private final Consumer<String> warnings;
  private volatile boolean newKeysFull;

  /**
   * Counts for a job over an index of {@code ordinals} documents.
   *
   * @param warnings told once if the job meets more new documents than {@code newKeys} can remember
   */
  DocumentCounts(int ordinals, NewDocumentKeys newKeys, Consumer<String> warnings) {
    this.seen = new DocumentBits(ordinals);
    this.changed = new DocumentBits(ordinals);
    this.newKeys = newKeys;
    this.warnings = warnings;
  }

  /** Whether this job has already counted a document with {@code key}; {@code entry} is the index's, or null. */
  boolean isRepeat(String key, IndexSnapshot.Entry entry) {
    return entry != null ? seen.contains(entry.ordinal()) : newKeys.contains(key);
  }

  /**
   * Counts a document read and written (or left as the index has it).
   *
   * @param entry the index's document with that key, or {@code null}
   * @param repeat what {@link #isRepeat} said before it was written
   * @param same whether it equals the index's document
   */
  void count(String key, IndexSnapshot.Entry entry, boolean repeat, boolean same) {
    if (entry == null) {
      if (!repeat) {
        added.increment();
        if (!newKeys.add(key) && !newKeysFull) {
          newKeysFull = true;
          warnings.accept("more than " + newKeys.capacity() + " new documents in this job: an id repeated among"
              + " the later ones is no longer recognised, and counted as added again");
        }
      }
      return;
    }
    int ordinal = entry.ordinal();
    if (!repeat) {
      seen.add(ordinal);
      if (same) {
        unchanged.increment();
      } else {
        changed.add(ordinal);
        updated.increment();
      }
    } else if (changed.contains(ordinal) == same) { // this version undoes, or makes, the change
      if (same) {
        changed.remove(ordinal);
        updated.decrement();
        unchanged.increment();
      } else {
        changed.add(ordinal);
        unchanged.decrement();
        updated.increment();
      }
    }
  }

  /** Counts a document of the index that a rebuild carries over without reading it. */
  void carriedOver() {
    unchanged.increment();
  }

  /** Whether the job has counted the index's document at {@code ordinal}. */
  boolean seen(int ordinal) {
    return seen.contains(ordinal);
  }

  long added() {
    return added.sum();
  }

  long updated() {
    return updated.sum();
  }

  long unchanged() {
    return unchanged.sum();
  }

  /** Documents counted so far, each key once. */
  long read() {
    return added() + updated() + unchanged();
  }
}

package dev.tilde.indexer;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A set of documents of the index's last commit, by ordinal, one bit each: which ones a job has met in its inputs, say.
 * A job over ten million documents needs 1.2 MB for one, where a set of ids would need gigabytes. Safe for concurrent
 * use.
 */
final class DocumentBits {
  private final AtomicLongArray words;

  DocumentBits(int ordinals) {
    words = new AtomicLongArray((ordinals + 63) >>> 6);
  }

  void add(int ordinal) {
    update(ordinal, true);
  }

  void remove(int ordinal) {
    update(ordinal, false);
  }

  boolean contains(int ordinal) {
    return (words.get(ordinal >>> 6) & (1L << ordinal)) != 0;
  }

  private void update(int ordinal, boolean present) {
    long bit = 1L << ordinal;
    int word = ordinal >>> 6;
    long current;
    do {
      current = words.get(word);
    } while (((current & bit) != 0) != present
        && !words.compareAndSet(word, current, present ? current | bit : current & ~bit));
  }
}

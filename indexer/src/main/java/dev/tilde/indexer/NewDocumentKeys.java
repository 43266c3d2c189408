package dev.tilde.indexer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The keys of the documents a job has written that the index did not hold before, so that a key met again is known
 * for a repeat: counted once, and reported. Each key is kept as a 64-bit fingerprint (the first bytes of its
 * SHA-256, so crafted ids cannot collide) in an open-addressing table, 11 to 21 bytes a key; the table stops
 * growing at {@link #DEFAULT_CAPACITY} keys (64 MB), which bounds the job's heap: keys beyond it are not remembered.
 * That two distinct keys of a job at the cap share a fingerprint is about a one-in-a-million chance. Safe for
 * concurrent use.
 */
final class NewDocumentKeys {
  /** Keys remembered at most: three quarters of a table of 2<sup>23</sup> slots. */
  static final int DEFAULT_CAPACITY = 3 << 21;
  private static final int FIRST_SLOTS = 1024;

  private final int capacity;
  /** Fingerprints, 0 for an empty slot (a fingerprint of 0 is stored as 1). */
  private long[] slots = new long[FIRST_SLOTS];
  private int size;

  NewDocumentKeys() {
    this(DEFAULT_CAPACITY);
  }

  /** A set that remembers at most {@code capacity} keys. */
  NewDocumentKeys(int capacity) {
    this.capacity = capacity;
  }

  /** Keys remembered at most. */
  int capacity() {
    return capacity;
  }

  synchronized boolean contains(String key) {
    long fingerprint = fingerprint(key);
    for (int slot = slotOf(fingerprint, slots.length); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
      if (slots[slot] == fingerprint) {
        return true;
      }
    }
    return false;
  }

  /**
   * Remembers {@code key}.
   *
   * @return {@code false} if it could not be: the set is full
   */
  synchronized boolean add(String key) {
    long fingerprint = fingerprint(key);
    int slot = slotOf(fingerprint, slots.length);
    for (; slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
      if (slots[slot] == fingerprint) {
        return true;
      }
    }
    if (size == capacity) {
      return false;
    }
    slots[slot] = fingerprint;
    size++;
    if (size > slots.length / 4 * 3) {
      grow();
    }
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long fingerprint : old) {
      if (fingerprint != 0) {
        int slot = slotOf(fingerprint, slots.length);
        while (slots[slot] != 0) {
          slot = (slot + 1) & (slots.length - 1);
        }
        slots[slot] = fingerprint;
      }
    }
  }

  private static int slotOf(long fingerprint, int length) {
    return (int) (fingerprint ^ (fingerprint >>> 32)) & (length - 1);
  }

  private static long fingerprint(String key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long fingerprint = ByteBuffer.wrap(digest).getLong();
      return fingerprint == 0 ? 1 : fingerprint;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

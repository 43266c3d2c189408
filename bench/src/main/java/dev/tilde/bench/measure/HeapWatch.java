package dev.tilde.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak live heap of a piece of work: a thread collects all garbage every so often while the watch is open and
 * records the heap still in use, so the figure is what the work holds on to, not the garbage a collector lets pile
 * up between collections (which depends on the heap size it was given). The collections slow the work down, so
 * never open a watch on work whose time is being measured. Memory outside the Java heap (SQLite's) is not seen.
 */
public final class HeapWatch implements AutoCloseable {
  /** How often a watch collects garbage and samples the heap. */
  public static final Duration INTERVAL = Duration.ofMillis(200);

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final long baseline;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final Thread sampler;

  private HeapWatch(Duration every) {
    sample();
    baseline = peak.get();
    sampler = new Thread(() -> {
      try {
        while (!closed.await(every.toMillis(), TimeUnit.MILLISECONDS)) {
          sample();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "bench-heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** Starts watching, collecting garbage now and every {@link #INTERVAL}. */
  public static HeapWatch start() {
    return new HeapWatch(INTERVAL);
  }

  /** The most heap found in use after a collection so far, in bytes. */
  public long peakBytes() {
    return peak.get();
  }

  /** How much more heap than when the watch started was in use at the peak, in bytes: what the work held. */
  public long peakAboveStartBytes() {
    return peak.get() - baseline;
  }

  private void sample() {
    System.gc();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }

  /** Stops watching, after a last sample. */
  @Override
  public void close() {
    closed.countDown();
    boolean interrupted = false;
    while (sampler.isAlive()) {
      try {
        sampler.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    sample();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}

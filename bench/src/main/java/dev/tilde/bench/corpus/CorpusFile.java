package dev.tilde.bench.corpus;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A corpus on disk as NDJSON ({@code id}, {@code title}, {@code date}, {@code body} per line), the one input every
 * engine indexes: Tilde through its own indexer, the others through {@link #feed}.
 *
 * @param file the NDJSON file
 * @param documents how many lines it has
 * @param bytes its size
 */
public record CorpusFile(Path file, long documents, long bytes) {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int QUEUE_CAPACITY = 256;
  private static final CorpusDocument END = new CorpusDocument("", "", "", "");

  /** Receives documents on one of {@link #feed}'s threads. */
  @FunctionalInterface
  public interface Sink {
    void accept(CorpusDocument doc) throws Exception;
  }

  /**
   * Writes {@code docs} {@code copies} times over to {@code file}: copy 0 with the documents' ids, copy {@code c}
   * with {@code id/c}, so every line is a new document with text seen before.
   */
  public static CorpusFile write(List<CorpusDocument> docs, int copies, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file);
        JsonGenerator json = JSON.createGenerator(out)) {
      for (int copy = 0; copy < copies; copy++) {
        for (CorpusDocument doc : docs) {
          json.writeStartObject();
          json.writeStringField("id", copy == 0 ? doc.id() : doc.id() + "/" + copy);
          json.writeStringField("title", doc.title());
          json.writeStringField("date", doc.date());
          json.writeStringField("body", doc.body());
          json.writeEndObject();
          json.writeRaw('\n');
        }
      }
    }
    return new CorpusFile(file, (long) docs.size() * copies, Files.size(file));
  }

  /**
   * Reads the file on the calling thread and hands each document to {@code sink} on one of {@code threads} threads
   * (the way the Tilde indexer splits reading from indexing), returning when all are done.
   *
   * @throws Exception the first one a sink threw; the others stop early
   */
  public void feed(int threads, Sink sink) throws Exception {
    BlockingQueue<CorpusDocument> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(() -> {
        // After a failure, keep taking (and dropping) documents so the reader never blocks.
        for (CorpusDocument doc = take(queue); doc != END; doc = take(queue)) {
          if (failure.get() == null) {
            try {
              sink.accept(doc);
            } catch (Exception | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        }
      }, "bench-feed-" + i);
      worker.start();
      workers.add(worker);
    }
    try (MappingIterator<CorpusDocument> docs = JSON.readerFor(CorpusDocument.class).readValues(file.toFile())) {
      while (docs.hasNext() && failure.get() == null) {
        queue.put(docs.next());
      }
    } finally {
      for (int i = 0; i < threads; i++) {
        queue.put(END);
      }
      for (Thread worker : workers) {
        worker.join();
      }
    }
    Throwable failed = failure.get();
    if (failed instanceof Exception e) {
      throw e;
    } else if (failed instanceof Error e) {
      throw e;
    }
  }

  private static CorpusDocument take(BlockingQueue<CorpusDocument> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return END;
    }
  }
}

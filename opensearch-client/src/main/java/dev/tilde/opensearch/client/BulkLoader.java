package dev.tilde.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.TildeException;
import dev.tilde.indexer.FailureLog;
import dev.tilde.indexer.IndexSummary.Failure;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads documents into an index on an OpenSearch cluster with bulk requests: creates the index from {@link
 * IndexDefinition} if it does not exist, sends documents in batches, retries what the cluster could not take yet
 * (HTTP 429 and 5xx, for a whole request or for single documents, and requests that got no answer) with growing
 * waits, and accounts for every document: confirmed by the cluster, or listed with the reason it is not in the index.
 *
 * <p>Documents are indexed under their Tilde id, so sending one twice (a retry after a lost answer, a job run again)
 * replaces it: a load can always be re-run. It knows nothing of files; whoever reads them hands it documents. Not
 * thread-safe.
 */
public final class BulkLoader {
  /**
   * How long the cluster may wait for a shard's primary before failing a document with 503: shorter than a request's
   * timeout, so a shard that lost its primary fails fast and is retried after its replica is promoted.
   */
  private static final String SHARD_WAIT = "30s";

  private final ClusterIndex index;
  private final LoadOptions options;
  private final OpenSearchClient client;
  private final boolean created;
  private final long started = System.nanoTime();
  private final List<Pending> batch = new ArrayList<>();
  private final FailureLog failures;
  private long batchBytes;
  private long indexed;
  private String stopped;

  /** A document serialised for the bulk API, with what a failure report needs. */
  private record Pending(String id, String path, String lines) {}

  private BulkLoader(ClusterIndex index, LoadOptions options, OpenSearchClient client, boolean created) {
    this.index = index;
    this.options = options;
    this.client = client;
    this.created = created;
    this.failures = new FailureLog(options.warnings());
  }

  /**
   * Connects to {@code index}, creating it (with {@link LoadOptions#shards()}, {@link LoadOptions#replicas()} and
   * Tilde's analysis) if it does not exist, and waits until it can take documents.
   *
   * @param index the index, on its cluster
   * @param options how to create it and send the documents
   * @return the loader; {@link #finish()} closes it
   * @throws TildeException if the cluster cannot be reached or refuses to create the index (for example because the
   *     Tilde plugin is not installed)
   */
  public static BulkLoader open(ClusterIndex index, LoadOptions options) {
    OpenSearchClient client = new OpenSearchClient(index.node(), options.requestTimeout());
    try {
      boolean created = createIfMissing(index, options, client);
      client.require("GET", "/_cluster/health/" + index.name() + "?wait_for_status=yellow&timeout=60s", null,
          "health check");
      return new BulkLoader(index, options, client, created);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  private static boolean createIfMissing(ClusterIndex index, LoadOptions options, OpenSearchClient client) {
    OpenSearchClient.Response exists;
    try {
      exists = client.send("HEAD", "/" + index.name(), null);
    } catch (IOException e) {
      throw client.unreachable(e);
    }
    if (exists.ok()) {
      return false;
    }
    if (exists.status() != 404) {
      throw new TildeException("OpenSearch at " + index.node() + " refused to look up index '" + index.name()
          + "': " + exists.reason());
    }
    OpenSearchClient.Response create;
    try {
      create = client.send("PUT", "/" + index.name(),
          IndexDefinition.json(options.analysis(), options.shards(), options.replicas()));
    } catch (IOException e) {
      throw client.unreachable(e);
    }
    boolean raced = create.status() == 400 && create.text().contains("resource_already_exists_exception");
    if (!create.ok() && !raced) {
      throw new TildeException("OpenSearch at " + index.node() + " refused to create index '" + index.name() + "': "
          + create.reason() + hint(create));
    }
    return !raced;
  }

  /**
   * Queues {@code doc}, sending a batch when one is full. Once the load has {@link #stopped()}, the document is not
   * sent but listed among the failures, so the summary still accounts for every document handed over.
   *
   * @param doc the document
   */
  public void add(TildeDocument doc) {
    if (stopped != null) {
      fail(List.of(new Pending(doc.id(), doc.path(), "")), "not sent: the load had stopped");
      return;
    }
    String lines = DocumentSource.bulkLines(doc);
    if (!batch.isEmpty() && batchBytes + lines.length() > options.batchBytes()) {
      flush();
    }
    batch.add(new Pending(doc.id(), doc.path(), lines));
    batchBytes += lines.length();
    if (batch.size() >= options.batchDocuments()) {
      flush();
    }
  }

  /**
   * Records and reports {@code source}, a part of {@code input} (a file, a line of one, standard input) that never
   * became a document, so the summary counts it with the rest.
   *
   * @param input the input the failure counts against (its file, or standard input)
   * @param source what failed: a file, or {@code path:line}
   * @param reason why, one line
   */
  public void failed(String input, String source, String reason) {
    failures.add(input, new Failure(source, reason), source + ": skipped: " + reason);
  }

  /**
   * Why the load stopped (the cluster could not be reached, or took nothing, even after every retry; or it refused
   * the requests themselves), or {@code null} while it goes on; a caller reading documents should then stop reading.
   *
   * @return the reason, one line, or {@code null}
   */
  public String stopped() {
    return stopped;
  }

  /**
   * Sends what is left, makes it searchable, and sums up, with the cluster's count of documents in the index; the
   * loader is closed after.
   *
   * @return what the load did
   */
  public LoadSummary finish() {
    if (stopped == null) {
      flush();
    }
    long total = -1;
    if (stopped == null) {
      try {
        client.require("POST", "/" + index.name() + "/_refresh", null, "refresh");
        total = client.require("GET", "/" + index.name() + "/_count", null, "count").path("count").asLong();
      } catch (TildeException e) {
        options.warnings().accept("cannot count the documents in " + index + ": " + e.getMessage());
      }
    }
    client.close();
    failures.finish();
    return new LoadSummary(index.toString(), created, indexed, failures.shown(), failures.count(), stopped, total,
        (System.nanoTime() - started) / 1e9);
  }

  private void flush() {
    List<Pending> remaining = new ArrayList<>(batch);
    batch.clear();
    batchBytes = 0;
    Duration wait = options.firstBackoff();
    Map<String, String> reasons = new HashMap<>();
    for (int attempt = 1; !remaining.isEmpty(); attempt++) {
      String problem;
      OpenSearchClient.Response response;
      try {
        response = client.send("POST", "/" + index.name() + "/_bulk?timeout=" + SHARD_WAIT, body(remaining),
            "application/x-ndjson");
        problem = response.ok() ? null : response.reason();
      } catch (IOException e) {
        response = null;
        problem = "no answer from " + index.node() + ": " + OpenSearchClient.describe(e);
      }
      if (response != null && !response.ok() && !response.retryable()) {
        // The request itself was refused (the index was deleted, say): every batch would be.
        fail(remaining, problem);
        stopped = "OpenSearch refused the documents: " + problem;
        return;
      }
      if (problem == null) {
        remaining = settle(remaining, response.body(), reasons);
        if (remaining.isEmpty()) {
          return;
        }
        problem = remaining.size() + " document(s) not taken yet (" + reasons.get(remaining.get(0).id()) + ")";
      }
      if (attempt >= options.attempts()) {
        if (response == null || !response.ok()) {
          fail(remaining, "not confirmed after " + attempt + " attempts: " + problem);
          stopped = "OpenSearch at " + index.node() + " took no documents in " + attempt + " attempts: " + problem;
        } else {
          // The cluster answers but keeps refusing these: they fail, the load goes on.
          for (Pending doc : remaining) {
            fail(List.of(doc), "not taken after " + attempt + " attempts: " + reasons.get(doc.id()));
          }
        }
        return;
      }
      options.warnings().accept(String.format(Locale.ROOT, "%s; retrying %d document(s) in %.1f s (attempt %d of %d)",
          problem, remaining.size(), wait.toMillis() / 1000.0, attempt + 1, options.attempts()));
      sleep(wait);
      wait = wait.multipliedBy(2).compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : wait.multipliedBy(2);
    }
  }

  /**
   * Counts what the cluster indexed, records what it refused for good, and returns what it could not take yet (429,
   * 5xx) to send again, with the reason of each in {@code reasons}.
   */
  private List<Pending> settle(List<Pending> sent, JsonNode answer, Map<String, String> reasons) {
    JsonNode items = answer == null ? null : answer.get("items");
    if (items == null || items.size() != sent.size()) {
      // An answer we cannot match to the documents: send them all again (indexing by id makes that safe).
      sent.forEach(doc -> reasons.put(doc.id(), "an answer that does not list every document"));
      return sent;
    }
    List<Pending> retry = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode result = items.get(i).elements().hasNext() ? items.get(i).elements().next() : null;
      int status = result == null ? 500 : result.path("status").asInt(500);
      Pending doc = sent.get(i);
      if (status / 100 == 2) {
        indexed++;
      } else {
        JsonNode error = result == null ? null : result.get("error");
        String reason = "HTTP " + status + (error == null ? ""
            : " " + error.path("type").asText("") + ": " + error.path("reason").asText(""));
        if (status == 429 || status / 100 == 5) {
          reasons.put(doc.id(), reason);
          retry.add(doc);
        } else {
          fail(List.of(doc), "refused by OpenSearch: " + reason);
        }
      }
    }
    return retry;
  }

  private void fail(List<Pending> docs, String reason) {
    for (Pending doc : docs) {
      String source = doc.path().equals(doc.id()) ? doc.path() : doc.path() + " (id " + doc.id() + ")";
      failures.add(doc.path(), new Failure(source, reason), source + ": not indexed: " + reason);
    }
  }

  private static String body(List<Pending> docs) {
    StringBuilder body = new StringBuilder();
    for (Pending doc : docs) {
      body.append(doc.lines());
    }
    return body.toString();
  }

  private static String hint(OpenSearchClient.Response response) {
    return response.text() != null && response.text().contains(IndexDefinition.LUCENE_COMPONENT)
        ? " (is the Tilde plugin installed on every node? see the README, 'Scaling out')" : "";
  }

  private static void sleep(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TildeException("loading interrupted", e);
    }
  }
}

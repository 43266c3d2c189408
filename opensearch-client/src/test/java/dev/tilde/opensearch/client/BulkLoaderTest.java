package dev.tilde.opensearch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tilde.TildeException;
import dev.tilde.indexer.IndexOptions;
import dev.tilde.indexer.IndexSummary.Failure;
import dev.tilde.indexer.Indexer;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk loader against a stand-in for a cluster (an HTTP server on 127.0.0.1 that answers as OpenSearch does),
 * so every failure a real cluster can give is given deterministically.
 */
class BulkLoaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, List<String>> bodies = new ConcurrentHashMap<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void retriesWhatTheClusterCouldNotTakeYetAndListsWhatItRefused() {
    List<Function<List<String>, String>> bulkAnswers = List.of(
        ids -> items(ids, Map.of("doc-2", 429, "doc-3", 400)),
        ids -> null, // 503 for the whole request
        ids -> items(ids, Map.of()));
    ClusterIndex news = start(bulkAnswers, 2);

    BulkLoader loader = BulkLoader.open(news, fastRetries());
    for (int i = 1; i <= 3; i++) {
      loader.add(new TildeDocument("doc-" + i, "/in/" + i + ".txt", "Title " + i, "López Obrador " + i));
    }
    LoadSummary summary = loader.finish();

    assertThat(summary.created()).isTrue();
    assertThat(bodies.get("PUT /news").get(0)).contains("\"tilde_lucene\"", "synonym_graph");
    assertThat(summary.indexed()).isEqualTo(2);
    assertThat(summary.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.source()).isEqualTo("/in/3.txt (id doc-3)");
      assertThat(failure.reason()).contains("HTTP 400", "mapper_parsing_exception");
    });
    assertThat(summary.stopped()).isNull();
    assertThat(summary.totalDocs()).isEqualTo(2);
    assertThat(bodies.get("POST /news/_bulk")).hasSize(3);
    assertThat(bodies.get("POST /news/_bulk").get(1)).contains("doc-2").doesNotContain("doc-1", "doc-3");
    assertThat(warnings).anyMatch(w -> w.contains("retrying 1 document(s)"));
  }

  @Test
  void stopsAndListsEveryUnconfirmedDocumentWhenTheClusterNeverTakesThem() {
    ClusterIndex news = start(List.of(ids -> null), 0);

    BulkLoader loader = BulkLoader.open(news, fastRetries().withBatch(2, 1 << 20));
    for (int i = 1; i <= 5; i++) {
      loader.add(new TildeDocument("doc-" + i, "/in/" + i + ".txt", "Title", "Body"));
    }
    LoadSummary summary = loader.finish();

    assertThat(summary.stopped()).contains("took no documents in 3 attempts", "HTTP 503");
    assertThat(summary.failures()).extracting(Failure::source).containsExactly("/in/1.txt (id doc-1)",
        "/in/2.txt (id doc-2)", "/in/3.txt (id doc-3)", "/in/4.txt (id doc-4)", "/in/5.txt (id doc-5)");
    assertThat(summary.failures()).extracting(Failure::reason).last().isEqualTo("not sent: the load had stopped");
    assertThat(summary.indexed()).isZero();
    assertThat(summary.complete()).isFalse();
    assertThat(bodies.get("POST /news/_bulk")).as("nothing sent after the load stopped").hasSize(3);
  }

  @Test
  void loadsTheSameDocumentsTheLocalIndexerReads() {
    ClusterIndex news = start(List.of(ids -> items(ids, Map.of())), 5);
    Path seeds = Path.of(System.getProperty("tilde.seeds", "../seeds"));

    LoadSummary summary = LoadJob.run(news, List.of(seeds), IndexOptions.defaults(), fastRetries());

    assertThat(summary.complete()).isTrue();
    assertThat(summary.indexed()).isEqualTo(5);
    String bulk = bodies.get("POST /news/_bulk").get(0);
    assertThat(bulk).contains("\"_id\":\"" + seeds.toAbsolutePath().normalize().resolve("002_93535a9ed92f4643.txt"))
        .contains("\"lang\":\"en\"", "\"body_en\":", "Giammattei");
  }

  @Test
  void aClusterNobodyAnswersForIsOneLineBeforeAnythingIsRead() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    ClusterIndex nowhere = ClusterIndex.parse("http://127.0.0.1:" + closed + "/news");

    assertThatThrownBy(() -> BulkLoader.open(nowhere, fastRetries())).isInstanceOf(TildeException.class)
        .hasMessage("cannot reach OpenSearch at http://127.0.0.1:" + closed + ": connection refused");
  }

  private LoadOptions fastRetries() {
    return LoadOptions.defaults().withRetries(3, Duration.ofMillis(1), Duration.ofMillis(2))
        .withWarnings(warnings::add);
  }

  /** A bulk answer: each id's status from {@code statuses}, 201 if absent. */
  private static String items(List<String> ids, Map<String, Integer> statuses) {
    StringBuilder out = new StringBuilder("{\"errors\":" + !statuses.isEmpty() + ",\"items\":[");
    for (int i = 0; i < ids.size(); i++) {
      int status = statuses.getOrDefault(ids.get(i), 201);
      out.append(i > 0 ? "," : "").append("{\"index\":{\"_id\":\"").append(ids.get(i)).append("\",\"status\":")
          .append(status);
      if (status >= 400) {
        String type = status == 429 ? "es_rejected_execution_exception" : "mapper_parsing_exception";
        out.append(",\"error\":{\"type\":\"").append(type).append("\",\"reason\":\"refused\"}");
      }
      out.append("}}");
    }
    return out.append("]}").toString();
  }

  /**
   * Starts the stand-in: no index at first, each bulk request answered by the next of {@code bulkAnswers} (the last
   * one again when they run out; {@code null} means HTTP 503), and {@code count} documents when asked.
   */
  private ClusterIndex start(List<Function<List<String>, String>> bulkAnswers, int count) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      String key = exchange.getRequestMethod() + " " + path;
      List<String> seen = bodies.computeIfAbsent(key, k -> Collections.synchronizedList(new ArrayList<>()));
      seen.add(body);
      switch (key) {
        case "HEAD /news" -> respond(exchange, 404, null);
        case "PUT /news" -> respond(exchange, 200, "{\"acknowledged\":true}");
        case "GET /_cluster/health/news" -> respond(exchange, 200, "{\"status\":\"green\"}");
        case "POST /news/_bulk" -> {
          String answer = bulkAnswers.get(Math.min(seen.size(), bulkAnswers.size()) - 1).apply(ids(body));
          respond(exchange, answer == null ? 503 : 200, answer == null ? "{\"error\":\"unavailable\"}" : answer);
        }
        case "POST /news/_refresh" -> respond(exchange, 200, "{}");
        case "GET /news/_count" -> respond(exchange, 200, "{\"count\":" + count + "}");
        default -> respond(exchange, 400, "{\"error\":\"unexpected " + key + "\"}");
      }
    });
    server.start();
    return ClusterIndex.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/news");
  }

  private static List<String> ids(String bulk) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : bulk.split("\n")) {
      JsonNode action = JSON.readTree(line).path("index");
      if (!action.isMissingNode()) {
        ids.add(action.path("_id").asText());
      }
    }
    return ids;
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }
}

package dev.tilde.opensearch.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.search.SearchOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a search asks of a cluster, against a stand-in (an HTTP server on 127.0.0.1 that knows the words of the seed
 * articles, learned no acronyms, and answers searches as a cluster without the {@code tilde} query would, or with no
 * hits).
 */
class RemoteIndexTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Terms the stand-in's index holds, in body and title. */
  private static final Set<String> INDEXED = Set.of("lopez", "obrador", "harris", "kamala");
  /** What the stand-in's term suggester answers for a word its index lacks. */
  private static final Map<String, String> SUGGESTED = Map.of("obrdaor", "obrador");

  private final List<String> searches = new CopyOnWriteArrayList<>();
  private HttpServer server;

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ClusterIndex start(boolean knowsTheTildeQuery) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String path = exchange.getRequestURI().getPath();
      int status = 200;
      String answer = "";
      if (path.equals("/news/_count")) {
        JsonNode term = JSON.readTree(body).path("query").path("term");
        String word = term.elements().next().path("value").asText();
        answer = "{\"count\":" + (INDEXED.contains(word) ? 1 : 0) + "}";
      } else if (path.equals("/news/_search") && JSON.readTree(body).has("suggest")) {
        answer = suggestions(JSON.readTree(body).path("suggest"));
      } else if (path.equals("/news/_search") && JSON.readTree(body).has("aggs")) {
        answer = "{\"aggregations\":{\"learned\":{\"buckets\":[]}}}"; // the look-up of learned acronyms: none
      } else if (path.equals("/news/_search")) {
        searches.add(body);
        status = knowsTheTildeQuery ? 200 : 400;
        answer = knowsTheTildeQuery ? "{\"timed_out\":false,\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}"
            : "{\"error\":{\"root_cause\":[{\"type\":\"parsing_exception\",\"reason\":\"unknown query [tilde]\"}],"
                + "\"type\":\"parsing_exception\",\"reason\":\"unknown query [tilde]\"},\"status\":400}";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        exchange.getResponseBody().write(bytes);
      }
      exchange.close();
    });
    server.start();
    return ClusterIndex.parse("http://127.0.0.1:" + server.getAddress().getPort() + "/news");
  }

  /** The term suggester's answer: for each field asked, the stand-in's suggestion for the text, if any. */
  private static String suggestions(JsonNode suggest) {
    String word = suggest.path("text").asText();
    StringBuilder answer = new StringBuilder("{\"suggest\":{");
    String separator = "";
    for (String field : List.of("title", "body")) {
      if (suggest.has(field)) {
        String option = SUGGESTED.containsKey(word)
            ? "{\"text\":\"" + SUGGESTED.get(word) + "\",\"score\":0.71,\"freq\":5}" : "";
        answer.append(separator).append('"').append(field).append("\":[{\"text\":\"").append(word)
            .append("\",\"options\":[").append(option).append("]}]");
        separator = ",";
      }
    }
    return answer.append("}}").toString();
  }

  @Test
  void sendsTheTextWithTheWordsTheWholeIndexLacksTheirCorrectionsAndTheSearchersOwnAliases(@TempDir Path dir) throws IOException {
    Path mine = Files.writeString(dir.resolve("mine.txt"), "Peje, López Obrador\n");
    ClusterIndex news = start(true);

    try (RemoteIndex remote = RemoteIndex.open(news, TildeAnalysis.withAliases(mine))) {
      remote.search("Obrdaor Harris", SearchOptions.defaults().withFields("body").withLang("es").withSnippets(0));
    }

    JsonNode request = JSON.readTree(searches.get(0));
    assertThat(request.path("query").path("bool").path("filter").toString())
        .isEqualTo("[{\"term\":{\"lang\":{\"value\":\"es\"}}}]");
    assertThat(request.path("query").path("bool").path("must").path(0).toString()).isEqualTo("{\"tilde\":{"
        + "\"query\":\"Obrdaor Harris\",\"fields\":[\"body\"],\"unknown_words\":[\"obrdaor\"],"
        + "\"corrections\":{\"obrdaor\":\"obrador\"},\"aliases\":[\"Peje, López Obrador\"],\"acronyms\":[]}}");
  }

  @Test
  void sendsNoAliasesWithTildesOwnTable() throws IOException {
    ClusterIndex news = start(true);

    try (RemoteIndex remote = RemoteIndex.open(news, TildeAnalysis.standard())) {
      remote.search("Kamala Harris", 10);
    }

    assertThat(JSON.readTree(searches.get(0)).path("query").toString()).isEqualTo("{\"tilde\":{"
        + "\"query\":\"Kamala Harris\",\"fields\":[\"title\",\"body\"],\"unknown_words\":[],\"acronyms\":[]}}");
  }

  @Test
  void namesAnOutdatedPluginAsTheReasonACleanSearchIsRefused() throws IOException {
    ClusterIndex news = start(false);

    try (RemoteIndex remote = RemoteIndex.open(news, TildeAnalysis.standard())) {
      assertThatThrownBy(() -> remote.search("lopez obrador", 10))
          .isInstanceOf(TildeException.class)
          .hasMessageContaining("refused the search: HTTP 400 parsing_exception: unknown query [tilde]")
          .hasMessageEndingWith("install this version's on every node; see the README, 'Scaling out')");
    }
  }
}

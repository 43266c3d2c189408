package dev.tilde.opensearch.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.schema.TildeDocument;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The smoke test of a real install: OpenSearch 3.5.0's integration-test distribution with the Tilde plugin zip
 * installed by {@code opensearch-plugin install}, three nodes as separate processes on 127.0.0.1 (three, so that
 * losing the cluster manager leaves a majority to elect another), loaded by the real {@code bin/tilde index --to}
 * while the elected cluster manager is killed with SIGKILL. The job must finish, or report exactly what to retry (and
 * a re-run must then finish), and the cluster must end up holding every document, searchable with
 * {@code tilde search --from}.
 */
class RealClusterIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DIST = Path.of(System.getProperty("opensearch.dist", "target/opensearch-dist"));
  private static final Path PLUGIN = Path.of(System.getProperty("tilde.plugin.zip", "target/plugin.zip"));
  private static final Path TILDE = Path.of(System.getProperty("tilde.launcher", "../bin/tilde"));
  private static final Path WORK = Path.of(System.getProperty("smoke.work", "target/smoke"));
  private static final String JAVA_HOME = System.getProperty("java.home");
  private static final int NODES = 3;
  /** Kill the cluster manager once this many documents are searchable: well into the load, well before its end. */
  private static final int KILL_AFTER_DOCS = 3000;

  private static final List<Process> nodes = new ArrayList<>();
  private static final List<Integer> httpPorts = new ArrayList<>();
  private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startCluster() throws Exception {
    deleteRecursively(WORK);
    Files.createDirectories(WORK);
    try (Stream<Path> scripts = Files.list(DIST.resolve("bin"))) {
      scripts.forEach(script -> script.toFile().setExecutable(true)); // in case unpacking lost the mode
    }
    run(List.of(DIST.resolve("bin/opensearch-plugin").toString(), "remove", "tilde-analysis"), WORK.resolve("remove.log"));
    assertThat(run(List.of(DIST.resolve("bin/opensearch-plugin").toString(), "install", "--batch",
        PLUGIN.toAbsolutePath().toUri().toString()), WORK.resolve("install.log")))
        .as("opensearch-plugin install: %s", Files.readString(WORK.resolve("install.log"))).isZero();

    List<Integer> transportPorts = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      httpPorts.add(freePort());
      transportPorts.add(freePort());
    }
    // Never leave node processes behind, even when this JVM is stopped half way.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> nodes.forEach(Process::destroyForcibly)));
    String seeds = String.join(",", transportPorts.stream().map(p -> "127.0.0.1:" + p).toList());
    for (int i = 0; i < NODES; i++) {
      Path home = WORK.resolve("node-" + i).toAbsolutePath();
      Files.createDirectories(home);
      // A config directory per node: the nodes would race to create one keystore in a shared one.
      copyRecursively(DIST.resolve("config"), home.resolve("config"));
      ProcessBuilder node = new ProcessBuilder(DIST.resolve("bin/opensearch").toString(),
          "-Ecluster.name=tilde-smoke", "-Enode.name=node-" + i, "-Enetwork.host=127.0.0.1",
          "-Ehttp.port=" + httpPorts.get(i), "-Etransport.port=" + transportPorts.get(i),
          "-Epath.data=" + home.resolve("data"), "-Epath.logs=" + home.resolve("logs"),
          "-Ediscovery.seed_hosts=" + seeds,
          "-Ecluster.initial_cluster_manager_nodes=node-0,node-1,node-2",
          // Notice a killed node within seconds rather than the default half minute.
          "-Ecluster.fault_detection.follower_check.timeout=3s",
          "-Ecluster.fault_detection.leader_check.timeout=3s")
          .redirectErrorStream(true)
          .redirectOutput(home.resolve("out.log").toFile());
      node.environment().put("OPENSEARCH_JAVA_HOME", JAVA_HOME);
      node.environment().put("OPENSEARCH_PATH_CONF", home.resolve("config").toString());
      // Small heaps; no JNA (CI runs as root, which OpenSearch refuses when JNA can tell).
      node.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms320m -Xmx320m -Djna.nosys=true -Djna.nounpack=true");
      nodes.add(node.start());
    }
    JsonNode health = waitFor(() -> get(0, "/_cluster/health?wait_for_nodes=" + NODES
        + "&wait_for_status=green&timeout=5s"), h -> h.path("number_of_nodes").asInt() == NODES
        && "green".equals(h.path("status").asText()), Duration.ofMinutes(3));
    assertThat(health.path("number_of_nodes").asInt()).isEqualTo(NODES);
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (Process node : nodes) {
      node.destroy();
    }
    for (Process node : nodes) {
      if (!node.waitFor(30, TimeUnit.SECONDS)) {
        node.destroyForcibly();
      }
    }
    http.close();
  }

  @Test
  void bulkLoadSurvivesTheClusterManagerBeingKilledAndEndsWithEveryDocument() throws Exception {
    Path input = WORK.resolve("documents.jsonl");
    int documents = writeDocuments(input);
    String manager = get(0, "/_cat/cluster_manager?h=node&format=json").path(0).path("node").asText();
    int managerIndex = Integer.parseInt(manager.substring("node-".length()));
    int through = (managerIndex + 1) % NODES; // load through a node that stays up
    String target = "http://127.0.0.1:" + httpPorts.get(through) + "/news";

    Path firstLog = WORK.resolve("load-1.log");
    Process load = tilde(firstLog, "index", "--json", "--to", target, "--shards", "2", "--replicas", "1",
        input.toString());
    waitFor(() -> get(through, "/news/_count"), c -> c.path("count").asInt() >= KILL_AFTER_DOCS
        || !load.isAlive(), Duration.ofMinutes(3));
    assertThat(load.isAlive()).as("the load is still running when the cluster manager dies").isTrue();
    nodes.get(managerIndex).destroyForcibly(); // SIGKILL
    assertThat(nodes.get(managerIndex).waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(load.waitFor(5, TimeUnit.MINUTES)).as("the load ends").isTrue();

    JsonNode cluster = get(through, "/_cluster/health");
    assertThat(cluster.path("number_of_nodes").asInt()).isEqualTo(NODES - 1);
    assertThat(get(through, "/_cat/cluster_manager?h=node&format=json").path(0).path("node").asText())
        .as("another node was elected").isNotEqualTo(manager);

    JsonNode summary = lastJson(firstLog);
    int exit = load.exitValue();
    System.out.printf("killed %s mid-load; tilde index --to exited %d:%n%s%n", manager, exit,
        Files.readString(firstLog));
    assertThat(exit).as(Files.readString(firstLog)).isIn(0, 3);
    if (exit == 3) {
      // It reported what is not in the index; the same command, run again, must load it.
      assertThat(summary.path("failures").size() + (summary.path("stopped").isNull() ? 0 : 1)).isPositive();
      Path secondLog = WORK.resolve("load-2.log");
      Process retry = tilde(secondLog, "index", "--json", "--to", target, input.toString());
      assertThat(retry.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(retry.exitValue()).as(Files.readString(secondLog)).isZero();
      summary = lastJson(secondLog);
    }
    assertThat(summary.path("failed").asInt()).isZero();
    assertThat(summary.path("total_docs").asInt()).as("the summary counts what the cluster holds")
        .isEqualTo(documents);
    get(through, "/news/_refresh");
    assertThat(get(through, "/news/_count").path("count").asInt()).isEqualTo(documents);

    Path searchLog = WORK.resolve("search.log");
    Process search = tilde(searchLog, "search", "--json", "--from", target, "-n", "5", "lopez", "obrador");
    assertThat(search.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(search.exitValue()).as(Files.readString(searchLog)).isZero();
    JsonNode results = lastJson(searchLog);
    assertThat(results.path("total").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(results.path("hits").path(0).path("snippets").path(0).asText()).contains("<mark>");
  }

  /** Writes the seeds and all of Europarl as NDJSON; returns how many documents (distinct ids) it wrote. */
  private static int writeDocuments(Path file) throws IOException {
    List<TildeDocument> docs = new ArrayList<>();
    for (Path seed : SeedIndex.seedFiles()) {
      String text = Files.readString(seed, StandardCharsets.UTF_8);
      docs.add(new TildeDocument(seed.getFileName().toString(), seed.toString(), text.lines().findFirst().orElse(""),
          text));
    }
    docs.addAll(Europarl.documents());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (TildeDocument doc : docs) {
        ObjectNode line = JSON.createObjectNode().put("id", doc.id()).put("title", doc.title()).put("body", doc.body());
        if (doc.date() != null) {
          line.put("date", doc.date().toString());
        }
        out.write(JSON.writeValueAsString(line));
        out.newLine();
      }
    }
    return (int) docs.stream().map(TildeDocument::id).distinct().count();
  }

  private static Process tilde(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(TILDE.toString());
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", JAVA_HOME);
    return builder.start();
  }

  /** The last line of {@code log} that is a JSON object: the command's --json output. */
  private static JsonNode lastJson(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("{")) {
        return JSON.readTree(lines.get(i));
      }
    }
    throw new AssertionError("no JSON in " + log + ":\n" + String.join("\n", lines));
  }

  private static JsonNode get(int node, String path) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPorts.get(node) + path))
        .timeout(Duration.ofSeconds(30)).header("Accept", "application/json").GET().build();
    if (path.endsWith("_refresh")) {
      request = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.noBody()).build();
    }
    String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    return JSON.readTree(body);
  }

  private interface Probe {
    JsonNode get() throws IOException, InterruptedException;
  }

  /** Polls {@code probe} until {@code done} holds (connection errors count as not yet), or fails after {@code max}. */
  private static JsonNode waitFor(Probe probe, java.util.function.Predicate<JsonNode> done, Duration max)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    JsonNode last = null;
    Exception error = null;
    while (System.nanoTime() < deadline) {
      try {
        last = probe.get();
        if (done.test(last)) {
          return last;
        }
      } catch (IOException e) {
        error = e;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("gave up waiting after " + max + "; last answer " + last + ", last error " + error
        + "; node logs under " + WORK.toAbsolutePath());
  }

  private static int run(List<String> command, Path log) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("OPENSEARCH_JAVA_HOME", JAVA_HOME);
    Process process = builder.start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return -1;
    }
    return process.exitValue();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Files.copy(source, to.resolve(from.relativize(source).toString()));
      }
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

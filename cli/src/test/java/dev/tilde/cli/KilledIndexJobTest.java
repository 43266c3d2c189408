package dev.tilde.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tilde.TildeException;
import dev.tilde.TildeIndex;
import dev.tilde.index.IndexInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code tilde index} process with SIGKILL in the middle of a job, then checks the index with Lucene's
 * CheckIndex and re-runs the job. Standard input paces the child: it is killed while it waits for more documents,
 * after the test has seen it commit (or, for a rebuild, write segments), so the test is deterministic.
 */
class KilledIndexJobTest {
  private static final String SEEDS = System.getProperty("tilde.seeds", "../seeds");
  private static final int STORIES = 1200;
  private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);
  private static List<String> stories;

  @TempDir Path dir;
  private final List<Process> children = new ArrayList<>();

  @BeforeAll
  static void makeStories() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Path.of(SEEDS))) {
      for (Path seed : seeds.sorted().toList()) {
        texts.add(Files.readString(seed, StandardCharsets.UTF_8));
      }
    }
    ObjectMapper json = new ObjectMapper();
    stories = new ArrayList<>();
    for (int i = 0; i < STORIES; i++) {
      ObjectNode story = json.createObjectNode();
      story.put("id", "story-" + i);
      story.put("title", "Story " + i);
      story.put("body", texts.get(i % texts.size()) + "\nStory number " + i + ".");
      stories.add(json.writeValueAsString(story));
    }
  }

  @AfterEach
  void killLeftovers() {
    children.forEach(Process::destroyForcibly);
  }

  @Test
  void aJobKilledMidwayLeavesItsLastCommitReadableAndARerunCompletesIt() throws Exception {
    Path index = dir.resolve("index");
    Process child = startIndexer(index, "--commit-interval", "0.1", "--threads", "2", "-");
    OutputStream stdin = child.getOutputStream();
    feed(stdin, 0, 600);

    await(() -> committedDocuments(index) > 0, "a periodic commit");
    CliRun second = CliRun.of("index", "--index", index.toString(), SEEDS);
    assertThat(second.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(second.err().lines()).singleElement().asString()
        .isEqualTo("tilde: index at " + index + " is locked: another indexer is writing to it");
    feed(stdin, 600, 900);
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL

    assertCheckIndexClean(index);
    int committed = committedDocuments(index);
    assertThat(committed).isBetween(1, 900);
    assertThat(TildeIndex.info(index).commit().jobComplete()).isFalse();

    JsonNode summary = runToCompletion(index, "--threads", "2", "-");

    assertThat(summary.get("unchanged").asInt()).isEqualTo(committed);
    assertThat(summary.get("added").asInt()).isEqualTo(STORIES - committed);
    assertThat(summary.get("total_docs").asInt()).isEqualTo(STORIES);
    assertCheckIndexClean(index);
    assertThat(TildeIndex.info(index).commit().jobComplete()).isTrue();
  }

  @Test
  void aRebuildKilledMidwayLeavesTheOldIndexAsItWasAndARerunCompletesIt() throws Exception {
    Path index = dir.resolve("index");
    assertThat(CliRun.of("index", "--index", index.toString(), SEEDS).exitCode()).isEqualTo(ExitCode.OK);
    Set<String> oldFiles = filesIn(index);
    Process child = startIndexer(index, "--full", "--ram-buffer-mb", "1", "--threads", "2", "-");
    feed(child.getOutputStream(), 0, 600);

    await(() -> !newFiles(index, oldFiles).isEmpty(), "the rebuild to write a segment");
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertCheckIndexClean(index);
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.documentCount()).isEqualTo(5);
      assertThat(searcher.search("encounters", 5).hits()).hasSize(1);
      assertThat(searcher.search("story", 5).hits()).isEmpty();
    }

    JsonNode summary = runToCompletion(index, "--full", "-");

    assertThat(summary.get("added").asInt()).isEqualTo(STORIES);
    assertThat(summary.get("deleted").asInt()).isEqualTo(5);
    assertThat(summary.get("total_docs").asInt()).isEqualTo(STORIES);
    assertCheckIndexClean(index);
  }

  private Process startIndexer(Path index, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
        "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), TildeCommand.class.getName(),
        "index", "--index", index.toString()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command)
        .redirectOutput(dir.resolve("child-" + children.size() + ".out").toFile())
        .redirectError(dir.resolve("child-" + children.size() + ".err").toFile())
        .start();
    children.add(child);
    return child;
  }

  /** Runs the job again with every story and waits for it to finish; returns its JSON summary. */
  private JsonNode runToCompletion(Path index, String... args) throws Exception {
    List<String> withJson = new ArrayList<>(List.of("--json"));
    withJson.addAll(List.of(args));
    int run = children.size();
    Process child = startIndexer(index, withJson.toArray(String[]::new));
    try (OutputStream stdin = child.getOutputStream()) {
      feed(stdin, 0, STORIES);
    }
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child-" + run + ".err"))).isEqualTo(0);
    return new ObjectMapper().readTree(dir.resolve("child-" + run + ".out").toFile());
  }

  private static void feed(OutputStream stdin, int from, int to) throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = from; i < to; i++) {
      lines.append(stories.get(i)).append('\n');
    }
    stdin.write(lines.toString().getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }

  private static int committedDocuments(Path index) {
    try {
      IndexInfo info = TildeIndex.info(index);
      return info.documents();
    } catch (TildeException noCommitYet) {
      return 0;
    }
  }

  private static void assertCheckIndexClean(Path index) throws IOException {
    try (FSDirectory directory = FSDirectory.open(index); CheckIndex check = new CheckIndex(directory)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).isTrue();
      assertThat(status.missingSegments).isFalse();
    }
  }

  private static Set<String> filesIn(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  private static Set<String> newFiles(Path index, Set<String> old) {
    try {
      Set<String> now = filesIn(index);
      now.removeAll(old);
      now.remove("write.lock");
      return now;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Polls until {@code condition} holds; the limit only turns a hang into a failure. */
  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE_NANOS;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting for " + what);
      }
      Thread.sleep(20);
    }
  }
}

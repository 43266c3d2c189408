package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.schema.TildeDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the reading shared by a local index job and a cluster load hands on: files unread, lines read, failures. */
class InputSourceTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));

  @TempDir Path dir;
  private final List<String> events = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final AtomicLong bytes = new AtomicLong();

  private final InputSource.Sink sink = new InputSource.Sink() {
    @Override
    public void file(Path file, Format format) {
      events.add("file " + file.getFileName() + " " + format);
    }

    @Override
    public void document(TildeDocument doc, String where) {
      events.add("doc " + doc.id() + " at " + where);
    }

    @Override
    public void failure(String source, String reason, Path origin) {
      events.add("failed " + source + " (" + reason + ") from " + origin);
    }
  };

  private InputSource source(String stdin) {
    return new InputSource(false, NdjsonFields.defaults(), 1 << 20,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), warnings::add, bytes::addAndGet);
  }

  @Test
  void handsOnEachSeedFileUnreadAndReadsItWhenAsked() {
    InputSource source = source("");
    source.read(List.of(SEEDS), sink, () -> false);

    assertThat(events).hasSize(5).allSatisfy(event -> assertThat(event).startsWith("file ").endsWith(" TEXT"));
    assertThat(bytes).hasValue(0);
    Path seed = SEEDS.resolve("002_93535a9ed92f4643.txt");
    TildeDocument doc = source.readFile(seed, Format.TEXT, sink);
    assertThat(doc.title()).isEqualTo("Kamala Harris Meets Mexican President AMLO in Mexico City");
    assertThat(bytes.get()).isPositive();
  }

  @Test
  void namesNdjsonLinesByTheFilesAbsolutePathAndStandardInputByItsName() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\":\"a\",\"title\":\"Andrés Manuel López Obrador\",\"body\":\"Presidente de México.\"}\nnot json\n");
    String stdin = "{\"id\":\"b\",\"title\":\"Claudia Sheinbaum\",\"body\":\"Jefa de gobierno.\"}\n";

    source(stdin).read(List.of(feed, InputSource.STDIN), sink, () -> false);

    Path absolute = feed.toAbsolutePath().normalize();
    assertThat(events).hasSize(3);
    assertThat(events.get(0)).isEqualTo("doc a at " + absolute + ":1");
    assertThat(events.get(1)).startsWith("failed " + absolute + ":2 (").endsWith(") from " + absolute);
    assertThat(events.get(2)).isEqualTo("doc b at <stdin>:1");
  }

  @Test
  void reportsAnUnreadableFileWithWhereItCameFrom() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.txt"));

    assertThat(source("").readFile(empty, Format.TEXT, sink)).isNull();

    assertThat(events).containsExactly("failed " + empty + " (empty file) from " + empty.toAbsolutePath());
  }

  @Test
  void stopsBeforeTheNextInputAndDropsTheRestOfAFeedOnceToldTo() throws IOException {
    Path feed = Files.writeString(dir.resolve("feed.jsonl"),
        "{\"id\":\"a\",\"title\":\"Uno\",\"body\":\"Primero.\"}\n{\"id\":\"b\",\"title\":\"Dos\",\"body\":\"Segundo.\"}\n");

    source("").read(List.of(feed, SEEDS), sink, () -> !events.isEmpty());

    assertThat(events).containsExactly("doc a at " + feed.toAbsolutePath().normalize() + ":1");
  }
}

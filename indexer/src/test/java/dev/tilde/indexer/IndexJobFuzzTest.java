package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TildeIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Runs real index jobs over directories of damaged files of every format on top of an index of the seeds: each job
 * finishes with a summary, and what was already indexed is still there.
 */
class IndexJobFuzzTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static Path dir;
  private static Path index;
  private static int round;

  @BeforeContainer
  static void indexSeeds() throws IOException {
    dir = Files.createTempDirectory("tilde-job-fuzz");
    index = dir.resolve("index");
    Indexer.index(index, List.of(SEEDS), IndexOptions.defaults().withThreads(2));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 40, seed = "11")
  void jobsOverDamagedFilesFinishAndKeepWhatWasIndexed(@ForAll("inputs") List<byte[]> contents) throws IOException {
    Path inputs = Files.createDirectories(dir.resolve("in" + round++));
    String[] names = {"a.txt", "b.md", "c.html", "d.jsonl", "e.txt.gz", "f.ndjson.gz", "g.htm"};
    for (int i = 0; i < contents.size(); i++) {
      Files.write(inputs.resolve(i + names[i % names.length]), contents.get(i));
    }

    IndexSummary summary = Indexer.index(index, List.of(inputs), IndexOptions.defaults().withThreads(2));

    assertThat(summary.totalDocs()).isGreaterThanOrEqualTo(5);
    try (TildeIndex searcher = TildeIndex.open(index)) {
      assertThat(searcher.search("Giammattei", 1000).hits()).extracting(h -> h.path())
          .filteredOn(p -> p.startsWith(SEEDS.toAbsolutePath().normalize().toString())).hasSize(4);
    }
  }

  @Provide
  Arbitrary<List<byte[]>> inputs() throws IOException {
    byte[] seed = Files.readAllBytes(SEEDS.resolve("001_3243c8592de719a6.txt"));
    Arbitrary<byte[]> damagedSeed = Arbitraries.integers().between(0, seed.length).flatMap(cut ->
        Arbitraries.bytes().array(byte[].class).ofMaxSize(64).map(noise -> {
          byte[] out = java.util.Arrays.copyOf(seed, cut + noise.length);
          System.arraycopy(noise, 0, out, cut, noise.length);
          return out;
        }));
    Arbitrary<byte[]> json = Arbitraries.strings().withChars("{}[]\":,0123456789abc\\\n ").ofMaxLength(200)
        .map(s -> ("{\"id\":\"x\",\"body\":\"Obrador\"}\n" + s).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(512);
    return Arbitraries.oneOf(damagedSeed, json, random).list().ofMinSize(1).ofMaxSize(7);
  }
}

package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.schema.TildeDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes every input reader with damaged real input (seed articles, HTML, NDJSON, gzip with bytes flipped, cut or
 * spliced) and plain random bytes: each either yields documents or reports why it cannot, never another exception.
 */
class ReadersFuzzTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static final String HTML = "<html><head><title>Peña Nieto | Site</title><meta property=\"article:published_time\""
      + " content=\"2021-06-08T10:00:00Z\"><script>var x = '</script>';</script><style>p{}</style></head><body><nav>Menu"
      + "</nav><article><h1>López Obrador</h1><p>Harris’s visit &amp; <b>Zúñiga</b></p></article><footer>©</footer>"
      + "</body></html>";
  private static final String NDJSON = "{\"id\":\"a\",\"title\":\"AMLO\",\"body\":\"Andrés Manuel López Obrador\","
      + "\"date\":\"2021-06-08\",\"lang\":\"es\",\"extra\":{\"n\":[1,2]}}\n{\"id\":2,\"body\":\"x\"}\n";
  private static Path dir;
  private static byte[] seed;

  @BeforeContainer
  static void setUp() throws IOException {
    dir = Files.createTempDirectory("tilde-reader-fuzz");
    seed = Files.readAllBytes(SEEDS.resolve("002_93535a9ed92f4643.txt"));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(seed = "4")
  void textMarkdownAndHtmlReadersNeverThrowAnythingElse(@ForAll("damaged") byte[] bytes,
      @ForAll("fileFormats") Format format, @ForAll boolean gzip) throws IOException {
    Path file = write("doc" + suffix(format) + (gzip ? ".gz" : ""), gzip ? gzip(bytes) : bytes);
    try {
      TildeDocument doc = FileDocumentReader.read(file, format, 64 * 1024, warning -> { });
      assertThat(doc.title().isBlank() && doc.body().isBlank()).isFalse();
    } catch (UnreadableSourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Property(seed = "7")
  void ndjsonReaderReportsBadLinesAndNeverThrowsAnythingElse(@ForAll("damaged") byte[] bytes, @ForAll boolean gzip)
      throws IOException {
    Path file = write("feed.jsonl" + (gzip ? ".gz" : ""), gzip ? gzip(bytes) : bytes);
    List<TildeDocument> docs = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    try {
      NdjsonReader.read(file, NdjsonFields.defaults(), 64 * 1024, new NdjsonReader.Handler() {
        @Override
        public void document(long line, TildeDocument doc) {
          docs.add(doc);
        }

        @Override
        public void failure(long line, String reason) {
          assertThat(line).isPositive();
          failures.add(reason);
        }

        @Override
        public void warning(long line, String message) { }
      }, n -> { });
    } catch (UnreadableSourceException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
    assertThat(failures).allSatisfy(reason -> assertThat(reason).isNotBlank());
  }

  @Provide
  Arbitrary<Format> fileFormats() {
    return Arbitraries.of(Format.TEXT, Format.MARKDOWN, Format.HTML);
  }

  /** Real inputs damaged the ways files get damaged, and random bytes. */
  @Provide
  Arbitrary<byte[]> damaged() {
    Arbitrary<byte[]> real = Arbitraries.of(seed, HTML.getBytes(StandardCharsets.UTF_8),
        NDJSON.getBytes(StandardCharsets.UTF_8), "---\ntitle: x\n---\n# Head\n*a*".getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> flipped = Combinators.combine(real, Arbitraries.integers().between(0, 1 << 20),
        Arbitraries.bytes()).as((b, at, value) -> {
          byte[] copy = b.clone();
          copy[at % copy.length] = value;
          return copy;
        });
    Arbitrary<byte[]> cut = Combinators.combine(real, Arbitraries.integers().between(0, 1 << 20))
        .as((b, at) -> java.util.Arrays.copyOf(b, at % (b.length + 1)));
    Arbitrary<byte[]> spliced = Combinators.combine(real, real, Arbitraries.integers().between(0, 1 << 20))
        .as((a, b, at) -> {
          int split = at % (a.length + 1);
          byte[] out = java.util.Arrays.copyOf(a, split + b.length);
          System.arraycopy(b, 0, out, split, b.length);
          return out;
        });
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2048);
    return Arbitraries.oneOf(flipped, cut, spliced, random);
  }

  private static String suffix(Format format) {
    return switch (format) {
      case HTML -> ".html";
      case MARKDOWN -> ".md";
      default -> ".txt";
    };
  }

  private static Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    byte[] all = out.toByteArray();
    // Now and then a cut-off gzip stream, as a download interrupted half way leaves it.
    return bytes.length % 3 == 0 ? java.util.Arrays.copyOf(all, all.length / 2) : all;
  }

}

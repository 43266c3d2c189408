package dev.tilde.indexer.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tilde.schema.TildeDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDocumentReaderTest {
  private static final long CAP = 10L * 1024 * 1024;

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();

  private TildeDocument read(Path file, long cap) {
    return FileDocumentReader.read(file, SourceFiles.formatOf(file), cap, warnings::add);
  }

  @Test
  void theIdAndPathAreTheAbsolutePath() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "Harris in Mexico\nLópez Obrador met Harris.");

    TildeDocument doc = read(file, CAP);

    assertThat(doc.id()).isEqualTo(file.toAbsolutePath().normalize().toString()).isEqualTo(doc.path());
    assertThat(doc.title()).isEqualTo("Harris in Mexico");
    assertThat(doc.lang()).isNull();
  }

  @Test
  void replacesBytesThatAreNotUtf8AndSaysSo() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "Pe\u00f1a Nieto visit\u00f3 Washington".getBytes(StandardCharsets.ISO_8859_1));

    assertThat(read(file, CAP).title()).isEqualTo("Pe\ufffda Nieto visit\ufffd Washington");
    assertThat(warnings).containsExactly(file + ": not valid UTF-8; undecodable bytes replaced with U+FFFD");
  }

  @Test
  void refusesBinaryAndEmptyFiles() throws IOException {
    Path png = dir.resolve("image.txt");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path blank = Files.writeString(dir.resolve("blank.txt"), "  \n\n ");

    assertThatThrownBy(() -> read(png, CAP)).isInstanceOf(UnreadableSourceException.class)
        .hasMessage("binary file, not text");
    assertThatThrownBy(() -> read(blank, CAP)).isInstanceOf(UnreadableSourceException.class)
        .hasMessage("empty file");
  }

  @Test
  void saysAFileVanishedBeforeItCouldBeRead() {
    assertThatThrownBy(() -> read(dir.resolve("listed-then-deleted.txt"), CAP))
        .isInstanceOf(UnreadableSourceException.class).hasMessage("vanished before it could be read");
  }

  @Test
  void capsAHugeDocumentWithAWarningWithoutSplittingACharacter() throws IOException {
    Path file = dir.resolve("huge.txt");
    // 1023 ASCII bytes, then "ñ" (two bytes) straddling the 1024-byte cap.
    Files.writeString(file, "a".repeat(1023) + "ñ" + "b".repeat(5000));

    TildeDocument doc = read(file, 1024);

    assertThat(doc.body()).isEqualTo("a".repeat(1023));
    assertThat(warnings).containsExactly(file + ": longer than 1 KB; only the first 1 KB indexed");
  }

  @Test
  void readsGzipCompressedFilesAndReportsCorruptOnes() throws IOException {
    Path file = dir.resolve("article.txt.gz");
    byte[] gz = gzip("Harris in Mexico\nLópez Obrador met Harris in the National Palace.");
    Files.write(file, gz);
    Path cut = dir.resolve("cut.txt.gz");
    Files.write(cut, Arrays.copyOf(gz, gz.length / 2));
    Path fake = Files.writeString(dir.resolve("fake.txt.gz"), "not gzip at all");

    assertThat(read(file, CAP).body()).contains("National Palace");
    assertThatThrownBy(() -> read(cut, CAP)).isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("cut short: ");
    assertThatThrownBy(() -> read(fake, CAP)).isInstanceOf(UnreadableSourceException.class)
        .hasMessageStartingWith("not valid gzip: ");
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}

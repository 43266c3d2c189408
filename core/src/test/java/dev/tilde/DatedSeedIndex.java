package dev.tilde;

import dev.tilde.index.TildeWriter;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * Test fixture: the seed articles with dates and languages, for filters and sorting. Each is titled by its first
 * line, as the indexer does, and keyed by its file name.
 *
 * <p>The metadata is assigned here (the seed files carry none): the three dated June 2021 reports are in order, the
 * 2024 radio page is newest, 004 is undated, and 003 (an "automated translation") is labelled Spanish so that a
 * language filter has two languages to tell apart.
 */
public final class DatedSeedIndex {
  public static final Map<String, LocalDate> DATES = Map.of(
      "000_355b59ce4fb1aa64.txt", LocalDate.of(2024, 2, 1),
      "001_3243c8592de719a6.txt", LocalDate.of(2021, 6, 9),
      "002_93535a9ed92f4643.txt", LocalDate.of(2021, 6, 8),
      "003_996f0d832b119001.txt", LocalDate.of(2021, 6, 7));
  public static final Map<String, String> LANGS = Map.of(
      "000_355b59ce4fb1aa64.txt", "en",
      "001_3243c8592de719a6.txt", "en",
      "002_93535a9ed92f4643.txt", "en",
      "003_996f0d832b119001.txt", "es",
      "004_90803ba7146971af.txt", "en");

  private DatedSeedIndex() {}

  /** Writes every seed article, with the metadata above, into a new index at {@code dir}. */
  public static Path build(Path dir) throws IOException {
    try (TildeWriter writer = TildeIndex.openForWriting(dir)) {
      for (Path file : SeedIndex.seedFiles()) {
        writer.put(document(file));
      }
      writer.commit();
    }
    return dir;
  }

  /** The seed {@code file} as a document with this fixture's metadata. */
  public static TildeDocument document(Path file) throws IOException {
    String name = file.getFileName().toString();
    String body = Files.readString(file, StandardCharsets.UTF_8);
    String title = body.lines().filter(line -> !line.isBlank()).findFirst().orElse(name).strip();
    return new TildeDocument(name, file.toString(), title, body, DATES.get(name), null, LANGS.get(name), Map.of());
  }
}

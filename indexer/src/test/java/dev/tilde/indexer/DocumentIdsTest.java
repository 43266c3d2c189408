package dev.tilde.indexer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TildeIndex;
import dev.tilde.search.Hit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How jobs identify documents: files by path and NDJSON lines by id, apart; one document per id within a job. */
class DocumentIdsTest {
  private static final Path SEEDS = Path.of(System.getProperty("tilde.seeds", "../seeds"));
  private static final Path SEED = SEEDS.resolve("002_93535a9ed92f4643.txt").toAbsolutePath().normalize();
  private static final String SEED_TITLE = "Kamala Harris Meets Mexican President AMLO in Mexico City";

  @TempDir Path dir;
  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

  private IndexSummary index(Path... inputs) {
    return Indexer.index(dir.resolve("index"), List.of(inputs), IndexOptions.defaults().withWarnings(warnings::add));
  }

  private Path feed(String lines) throws IOException {
    return Files.writeString(dir.resolve("feed.jsonl"), lines);
  }

  private List<Hit> search(String query) throws IOException {
    try (TildeIndex index = TildeIndex.open(dir.resolve("index"))) {
      return index.search(query, 20).hits();
    }
  }

  @Test
  void anNdjsonLineWhoseIdIsASeedsPathNeitherReplacesNorDeletesTheSeed() throws IOException {
    index(SEEDS);
    Path feed = feed("{\"id\":\"" + SEED + "\",\"title\":\"Impostor story\",\"body\":\"Nothing about Harris.\"}\n");

    IndexSummary hijack = index(feed);

    assertThat(hijack).extracting(IndexSummary::added, IndexSummary::updated, IndexSummary::totalDocs)
        .containsExactly(1L, 0L, 6L);
    assertThat(search("\"" + SEED_TITLE + "\"")).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo(SEED.toString());
      assertThat(hit.path()).isEqualTo(SEED.toString());
    });
    assertThat(search("impostor")).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo(SEED.toString()); // the id printed is the one the line gave
      assertThat(hit.path()).isEqualTo(feed.toAbsolutePath().toString());
    });

    Files.writeString(feed, "{\"id\":\"other\",\"title\":\"Another story\",\"body\":\"About Ebrard.\"}\n");
    IndexSummary dropped = index(feed);

    assertThat(dropped).extracting(IndexSummary::added, IndexSummary::deleted, IndexSummary::totalDocs)
        .containsExactly(1L, 1L, 6L);
    assertThat(search("\"" + SEED_TITLE + "\"")).extracting(Hit::path).containsExactly(SEED.toString());
    assertThat(search("impostor")).isEmpty();
  }

  @Test
  void anIdRepeatedWithinAJobIsOneDocumentCountedOnceAndReportedWithItsLines() throws IOException {
    Path feed = feed("""
        {"id":"dup","title":"First draft","body":"Harris visits Guatemala."}
        {"id":"dup","title":"Second draft","body":"Harris visits Guatemala and Mexico."}
        {"id":"single","title":"Ebrard","body":"Ebrard speaks."}
        {"id":"dup","title":"Final version","body":"Harris visits Guatemala, then Mexico."}
        """);

    IndexSummary summary = index(feed);

    assertThat(summary).extracting(IndexSummary::added, IndexSummary::updated, IndexSummary::unchanged,
        IndexSummary::totalDocs).containsExactly(2L, 0L, 0L, 2L);
    String where = feed.toAbsolutePath().toString();
    assertThat(warnings).containsExactlyInAnyOrder(
        where + ":2: id \"dup\" was already read in this job; this line replaces that document",
        where + ":4: id \"dup\" was already read in this job; this line replaces that document");
    assertThat(search("harris")).extracting(Hit::title).containsExactly("Final version");
  }

  @Test
  void aRepeatedIdAlreadyIndexedCountsAsWhatItsLastLineDoes() throws IOException {
    String original = "{\"id\":\"n1\",\"title\":\"Harris in Mexico\",\"body\":\"Harris meets AMLO.\"}\n";
    index(feed(original));

    IndexSummary back = index(feed(
        "{\"id\":\"n1\",\"title\":\"Harris in Guatemala\",\"body\":\"Harris meets Giammattei.\"}\n" + original));

    assertThat(back).extracting(IndexSummary::added, IndexSummary::updated, IndexSummary::unchanged,
        IndexSummary::totalDocs).containsExactly(0L, 0L, 1L, 1L);
    assertThat(search("harris")).extracting(Hit::title).containsExactly("Harris in Mexico");

    IndexSummary changed = index(feed(original
        + "{\"id\":\"n1\",\"title\":\"Harris in Guatemala\",\"body\":\"Harris meets Giammattei.\"}\n"));

    assertThat(changed).extracting(IndexSummary::updated, IndexSummary::unchanged).containsExactly(1L, 0L);
    assertThat(search("harris")).extracting(Hit::title).containsExactly("Harris in Guatemala");
  }

  @Test
  void anIntegerIdAndTheSameDigitsAsAStringAreTwoDocumentsPrintedAsGiven() throws IOException {
    Path feed = feed("""
        {"id":123,"title":"Harris by number","body":"Harris, indexed under an integer id."}
        {"id":"123","title":"Harris by name","body":"Harris, indexed under a string id."}
        {"id":12345678901234567890123,"title":"Harris by a big number","body":"Harris, under a big integer."}
        {"id":1.5e3,"title":"Harris by a float","body":"Harris, under a number that is no integer."}
        """);

    IndexSummary summary = index(feed);

    assertThat(summary.added()).isEqualTo(3);
    assertThat(summary.failures()).singleElement().satisfies(failure -> {
      assertThat(failure.source()).isEqualTo(feed.toAbsolutePath() + ":4");
      assertThat(failure.reason()).isEqualTo(
          "\"id\" is a number with a fraction or an exponent: ids are strings or integers");
    });
    assertThat(search("harris")).extracting(Hit::id)
        .containsExactlyInAnyOrder("123", "123", "12345678901234567890123");
  }

  @Test
  void anOverLongIdIsRefusedShowingItsFirstEightyCharacters() throws IOException {
    String id = "x".repeat(1_000_000);
    Path feed = feed("{\"id\":\"" + id + "\",\"body\":\"Harris.\"}\n{\"id\":\"" + "y".repeat(1000)
        + "\",\"body\":\"Harris again.\"}\n");

    IndexSummary summary = index(feed);

    assertThat(summary.added()).isEqualTo(1);
    assertThat(summary.failures()).singleElement().extracting(IndexSummary.Failure::reason).isEqualTo(
        "\"id\" of 1000000 characters, longer than 1000: \"" + "x".repeat(80) + "…\"");
    assertThat(warnings).allSatisfy(warning -> assertThat(warning).hasSizeLessThan(300));
  }
}

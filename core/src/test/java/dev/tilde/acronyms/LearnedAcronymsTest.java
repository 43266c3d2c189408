package dev.tilde.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.Europarl;
import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.index.TildeWriter;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.Hit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an index of the seeds and Europarl learned, and how it keeps it as documents come and go. */
class LearnedAcronymsTest {
  @TempDir Path dir;

  private static LearnedAcronyms seedsAndEuroparl() {
    return LearnedAcronyms.in(TestIndexes.seedsAndEuroparlReader(), Schema.ACRONYMS);
  }

  @Test
  void expandsAnAcronymToItsLongFormsMostDocumentsFirst() {
    // Five documents define DDA in English, one in Spanish.
    assertThat(seedsAndEuroparl().longForms(List.of("dda", "kla", "xyz")))
        .containsEntry("dda", List.of("doha development agenda", "doha para el desarrollo"))
        .containsEntry("kla", List.of("kosovo liberation army"))
        .doesNotContainKey("xyz");
  }

  @Test
  void findsTheAcronymsOfALongForm() {
    assertThat(seedsAndEuroparl().acronymsOf(List.of("kosovo liberation army", "liberation army",
        "andres manuel lopez obrador")))
        .isEqualTo(Map.of("kosovo liberation army", List.of("kla"), "andres manuel lopez obrador", List.of("amlo")));
  }

  @Test
  void listsWhatItLearnedAsTheTextWritesIt() {
    List<LearnedAcronyms.Learned> all = seedsAndEuroparl().all();
    assertThat(all).contains(new LearnedAcronyms.Learned("AMLO", "Andrés Manuel López Obrador",
            Acronym.Source.INITIALS, 1),
        new LearnedAcronyms.Learned("KLA", "Kosovo Liberation Army", Acronym.Source.DEFINED, 1),
        new LearnedAcronyms.Learned("DDA", "Doha Development Agenda", Acronym.Source.DEFINED, 5));
    assertThat(all).extracting(LearnedAcronyms.Learned::acronym).isSortedAccordingTo(
        (a, b) -> Folded.of(a).compareTo(Folded.of(b)));
  }

  @Test
  void readsBackThePairsAQueryWasBuiltWith() {
    LearnedAcronyms pairs = LearnedAcronyms.ofPairs(List.of(LearnedAcronyms.pair("kla", "kosovo liberation army")));
    assertThat(pairs.longForms(List.of("kla"))).containsEntry("kla", List.of("kosovo liberation army"));
    assertThat(pairs.acronymsOf(List.of("kosovo liberation army")))
        .containsEntry("kosovo liberation army", List.of("kla"));
  }

  @Test
  void forgetsAnAcronymWhoseOnlyDefinitionIsDeleted() throws IOException {
    Path index = dir.resolve("index");
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.put(europarl("Kosovo Liberation Army (KLA)"));
      writer.put(europarl("At a time when the KLA did not yet exist"));
      // Others beside them, so that a deletion is not merged away at once.
      Europarl.documents().subList(0, 20).forEach(writer::put);
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(expanded(reader, "Kosovo Liberation Army")).containsExactly("kla=kosovo liberation army");
    }
    try (TildeWriter writer = TildeIndex.openForWriting(index)) {
      writer.delete(europarl("Kosovo Liberation Army (KLA)").id());
      writer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
      assertThat(reader.numDeletedDocs()).isEqualTo(1); // deleted, not yet merged away
      assertThat(LearnedAcronyms.in(reader, Schema.ACRONYMS).longForms(List.of("kla"))).isEmpty();
      assertThat(expanded(reader, "Kosovo Liberation Army")).isEmpty();
    }
  }

  @Test
  void keepsWhatItLearnedAcrossCommitsMergesAndReopening() throws IOException {
    Path index = dir.resolve("index");
    for (String text : List.of("Kosovo Liberation Army (KLA)", "At a time when the KLA did not yet exist",
        "Doha Development Agenda (DDA)")) {
      try (TildeWriter writer = TildeIndex.openForWriting(index)) {
        writer.put(europarl(text));
        writer.commit(); // a segment each
      }
    }
    try (org.apache.lucene.index.IndexWriter merging = new org.apache.lucene.index.IndexWriter(
        FSDirectory.open(index), new org.apache.lucene.index.IndexWriterConfig(
            TildeAnalysis.standard().indexAnalyzer()))) {
      merging.forceMerge(1);
    }
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index));
        TildeIndex searched = TildeIndex.open(index)) {
      assertThat(reader.leaves()).hasSize(1);
      assertThat(LearnedAcronyms.in(reader, Schema.ACRONYMS).longForms(List.of("kla", "dda")))
          .containsOnlyKeys("kla", "dda");
      assertThat(ids(searched, "Kosovo Liberation Army")).hasSize(2);
    }
  }

  /** The acronyms and long forms a query for {@code text} on {@code reader} is built with. */
  private static List<String> expanded(DirectoryReader reader, String text) {
    return new QueryBuilder(TildeAnalysis.standard()).build(text, reader).acronyms();
  }

  private static List<String> ids(TildeIndex index, String query) {
    return index.search(query, 10).hits().stream().map(Hit::id).toList();
  }

  private static TildeDocument europarl(String text) throws IOException {
    return Europarl.documents().stream().filter(d -> d.body().contains(text) || d.title().contains(text))
        .findFirst().orElseThrow();
  }
}

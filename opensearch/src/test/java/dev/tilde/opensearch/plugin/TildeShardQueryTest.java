package dev.tilde.opensearch.plugin;


import dev.tilde.Europarl;
import dev.tilde.SeedIndex;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.index.TildeWriter;
import dev.tilde.query.IndexedTerms;
import dev.tilde.query.ParsedQuery;
import dev.tilde.query.QueryBuilder;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.suggest.SpellingSuggester;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shard builds the query a local index of all the documents would run, although it holds only some of them (here
 * the seed articles of an index of the seeds and the first Europarl lines).
 */
class TildeShardQueryTest {
  private static final List<String> FIELDS = List.of("title", "body");
  private static final List<String> QUERIES = List.of("lopez obrador", "Obrdaor", "Parlamento", "comisiones",
      "migrating", "Giammatei", "\"señor presidente\"", "Zúñiga", "Harris AND NOT Biden", "Ebrard~1", "Kanh Harris",
      "Joseph Biden", "A.M. Lopez Obrador");
  private static final QueryBuilder LOCAL = new QueryBuilder(TildeAnalysis.standard());
  private static final SpellingSuggester SUGGESTER =
      new SpellingSuggester(TildeAnalysis.standard().foldedAnalyzer(), new SharedFuzzyAutomata(1 << 20));

  private static final int EUROPARL_DOCS = 500;

  @TempDir
  static Path dir;
  private static DirectoryReader shard;
  private static DirectoryReader europarlShard;
  private static DirectoryReader whole;

  @BeforeAll
  static void openIndexes() throws IOException {
    shard = DirectoryReader.open(FSDirectory.open(SeedIndex.build(dir.resolve("seeds"))));
    Path all = SeedIndex.build(dir.resolve("all"));
    try (TildeWriter writer = TildeIndex.openForWriting(all)) {
      Europarl.documents().subList(0, EUROPARL_DOCS).forEach(writer::put);
      writer.commit();
    }
    whole = DirectoryReader.open(FSDirectory.open(all));
    Path europarl = dir.resolve("europarl");
    try (TildeWriter writer = TildeIndex.openForWriting(europarl)) {
      Europarl.documents().subList(0, EUROPARL_DOCS).forEach(writer::put);
      writer.commit();
    }
    europarlShard = DirectoryReader.open(FSDirectory.open(europarl));
  }

  @AfterAll
  static void closeIndexes() throws IOException {
    shard.close();
    europarlShard.close();
    whole.close();
  }

  /** The query as a local index of all the documents builds it, a word it lacks read as its correction. */
  private static ParsedQuery local(String text) {
    return LOCAL.build(text, IndexedTerms.of(whole, word -> SUGGESTER.correctionOf(whole, FIELDS, word)), FIELDS);
  }

  @Test
  void toldTheWholeIndexsUnknownWordsAShardBuildsTheLocalQuery() {
    for (String text : QUERIES) {
      ParsedQuery local = local(text);

      Query onShard = TildeShardQuery.build(text, FIELDS, List.of(), List.of(), local.unknownWords(),
          local.commonWords(), local.corrections(), local.acronyms(), shard);

      assertThat(onShard).as(text).isEqualTo(TildeShardQuery.withStatisticsProbes(local.query()));
    }
  }

  @Test
  void toldTheWholeIndexsCorrectionsAShardReadsATypoAsTheLocalIndexDoes() {
    // "Obrador" is in five seeds; the shard alone would read "Obrdaor" the same, but not "Parlamneto" (Europarl's).
    ParsedQuery local = local("Obrdaor Parlamneto");
    assertThat(local.corrections()).containsEntry("obrdaor", "obrador").containsEntry("parlamneto", "parlamento");

    Query onShard = TildeShardQuery.build("Obrdaor Parlamneto", FIELDS, List.of(), List.of(), local.unknownWords(),
        local.commonWords(), local.corrections(), local.acronyms(), shard);

    assertThat(onShard).isEqualTo(TildeShardQuery.withStatisticsProbes(local.query()));
    assertThat(onShard.toString()).contains("(parlamento)");
  }

  @Test
  void toldTheWholeIndexsCommonWordsAShardSearchesNoTyposOfThem() {
    // "Europa" is in 55 of the first 500 Europarl documents and none of the seeds; "Giammattei" in four seeds.
    ParsedQuery local = local("Europa Giammattei");
    assertThat(local.commonWords()).containsExactly("europa");

    Query onShard = TildeShardQuery.build("Europa Giammattei", FIELDS, List.of(), List.of(),
        local.unknownWords(), local.commonWords(), local.corrections(), local.acronyms(), shard);

    assertThat(onShard).isEqualTo(TildeShardQuery.withStatisticsProbes(local.query()));
    assertThat(onShard.toString()).doesNotContain("europa~").contains("giammattei~1");
  }

  @Test
  void leftToItselfAShardTakesAWordOnlyOtherShardsHaveForATypo() {
    String text = "Parlamento"; // in Europarl, not in the seeds
    ParsedQuery local = local(text);
    assertThat(local.unknownWords()).isEmpty();

    Query alone = TildeShardQuery.build(text, FIELDS, List.of(), List.of(), null, List.of(), Map.of(), null, shard);

    assertThat(alone).isNotEqualTo(TildeShardQuery.withStatisticsProbes(local.query()));
    assertThat(alone).isEqualTo(TildeShardQuery.withStatisticsProbes(
        LOCAL.build(text, IndexedTerms.of(shard), FIELDS).query()));
  }

  @Test
  void toldTheAcronymsTheWholeIndexLearnedAShardExpandsThemAsTheLocalIndexDoes() {
    // A seed teaches AMLO (its title says AMLO, its body Andrés Manuel López Obrador); a shard of Europarl lines has
    // the words but not that seed.
    for (String text : List.of("AMLO", "Andrés Manuel López Obrador")) {
      ParsedQuery local = local(text);
      assertThat(local.acronyms()).as(text).containsExactly("amlo=andres manuel lopez obrador");

      Query told = TildeShardQuery.build(text, FIELDS, List.of(), List.of(), local.unknownWords(),
          local.commonWords(), local.corrections(), local.acronyms(), europarlShard);
      Query alone = TildeShardQuery.build(text, FIELDS, List.of(), List.of(), local.unknownWords(),
          local.commonWords(), local.corrections(), null, europarlShard);

      assertThat(told).as(text).isEqualTo(TildeShardQuery.withStatisticsProbes(local.query()));
      assertThat(alone).as(text).isNotEqualTo(told);
    }
  }

  @Test
  void expandsTheIndexsAliasesAndThoseTheRequestAdds() {
    IndexReader none = null;
    List<String> tildes = TildeAnalysis.standard().aliasRules();

    Query standard = TildeShardQuery.build("Peje", FIELDS, tildes, List.of(), List.of(), List.of(), Map.of(), null,
        none);
    Query added = TildeShardQuery.build("Peje", FIELDS, tildes, List.of("Peje, AMLO"), List.of(), List.of(),
        Map.of(), null, none);
    Query ownTable = TildeShardQuery.build("Peje", FIELDS, List.of("Peje, AMLO"), List.of(), List.of(), List.of(),
        Map.of(), null, none);

    assertThat(standard.toString()).doesNotContain("amlo");
    assertThat(added.toString()).contains("amlo");
    assertThat(ownTable.toString()).contains("amlo");
    assertThat(TildeShardQuery.build("AMLO", FIELDS, List.of("Peje, AMLO"), List.of(), List.of(), List.of(), Map.of(),
        null, none).toString())
        .as("an index's own table replaces Tilde's").doesNotContain("obrador");
  }
}

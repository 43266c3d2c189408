package dev.tilde.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySetTest {
  @Test
  void committedSetIsWhatTheGeneratorMakesWithItsRecordedSeed() {
    List<BenchQuery> committed = QuerySet.standard();

    assertThat(QuerySetGenerator.generate(Europarl.documents(), 20260601)).isEqualTo(committed);
  }

  @Test
  void setHasOverAHundredQueriesOfEveryKind() {
    List<BenchQuery> queries = QuerySet.standard();

    assertThat(queries).hasSizeGreaterThanOrEqualTo(100);
    assertThat(queries).extracting(BenchQuery::kind).contains(BenchQuery.Kind.values());
    assertThat(queries).extracting(BenchQuery::text).doesNotHaveDuplicates();
  }

  @Test
  void everyUnaccentedQueryIsAnAccentedOneWithoutItsAccents() {
    List<String> accented = QuerySet.standard().stream()
        .filter(q -> q.kind() == BenchQuery.Kind.ACCENTED).map(BenchQuery::text).toList();
    List<String> unaccented = QuerySet.standard().stream()
        .filter(q -> q.kind() == BenchQuery.Kind.UNACCENTED).map(BenchQuery::text).toList();

    assertThat(accented).allMatch(word -> !word.matches("[A-Za-z]+"));
    assertThat(unaccented).allMatch(word -> word.matches("[A-Za-z]+"));
    assertThat(accented.stream().map(Folding::withoutAccents).toList()).isEqualTo(unaccented);
  }

  @Test
  void anotherSeedDrawsOtherQueries() {
    List<CorpusDocument> docs = Europarl.documents(3000);

    assertThat(QuerySetGenerator.generate(docs, 1)).isEqualTo(QuerySetGenerator.generate(docs, 1))
        .isNotEqualTo(QuerySetGenerator.generate(docs, 2));
  }

  @Test
  void queryPartsAreQuotedPhrasesAndSingleWords() {
    BenchQuery query = new BenchQuery(BenchQuery.Kind.PHRASE, "López \"Obrador dijo\" hoy");

    assertThat(query.parts()).containsExactly(
        new BenchQuery.Part(List.of("López"), false),
        new BenchQuery.Part(List.of("Obrador", "dijo"), true),
        new BenchQuery.Part(List.of("hoy"), false));
  }
}

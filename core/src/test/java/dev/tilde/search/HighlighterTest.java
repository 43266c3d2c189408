package dev.tilde.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.TestIndexes;
import dev.tilde.TildeIndex;
import dev.tilde.index.TildeWriter;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the highlighter leaves out to go faster (the title's clauses, a second read of each hit's stored fields) changes
 * nothing it returns.
 */
class HighlighterTest {
  private static final List<String> QUERIES = List.of("lopez obrador", "Andrés Manuel López Obrador", "AMLO",
      "Zuniga", "Fernández Martín", "Comisión Europea", "\"remain in mexico\"", "title:Mexico wall",
      "+body:trump +mexico", "Obradir", "\"parlamento europeo\" -comisión");

  private static final DirectoryReader reader = TestIndexes.seedsAndEuroparlReader();
  private static final IndexSearcher searcher = new IndexSearcher(reader);
  private final TildeAnalysis analysis = TildeAnalysis.standard();
  private final QueryBuilder builder = new QueryBuilder(analysis);

  /**
   * For names, phrases and fields without a stemmed form: Lucene's highlighter gives the same snippets. (A word
   * matched through its stem, such as "migration" for "migrating", Lucene's highlighter does not mark: see {@link
   * #marksWordsThatMatchedOnlyThroughTheirStem}.)
   */
  @Test
  void marksWhatLucenesHighlighterMarksGivenTheWholeQuery() throws IOException {
    WholeQueryHighlighter wholeQuery = new WholeQueryHighlighter(UnifiedHighlighter.builder(searcher,
        analysis.indexAnalyzer())
        .withFormatter(new SnippetFormatter())
        .withPassageSortComparator(Comparator.comparingDouble((Passage p) -> p.getScore()).reversed()
            .thenComparingInt(Passage::getStartOffset))
        .withMaxLength(200_000)
        .withWeightMatches(true)
        .withFieldMatcher(Schema.BODY_FIELDS::contains));
    for (String text : QUERIES) {
      Query query = searcher.rewrite(new SharedFuzzyAutomata(0).share(builder.build(text, reader).query()));
      ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;
      assertThat(hits).as(text).isNotEmpty();
      int[] docIds = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();

      List<Highlighter.Highlighted> highlighted = new Highlighter(searcher, analysis.indexAnalyzer())
          .highlight(query, hits, 2);
      Object[] expected = wholeQuery.bodies(query, docIds);

      for (int i = 0; i < hits.length; i++) {
        List<Snippet> snippets = expected[i] == null ? List.of() : List.of((Snippet[]) expected[i]);
        // The same passages and marks; their order may differ, as Lucene's highlighter looks every stemmed field's
        // terms up among the body's words and so counts a body_es match in an English document that has none.
        assertThat(highlighted.get(i).snippets()).as(text + " hit " + i).containsExactlyInAnyOrderElementsOf(snippets)
            .isNotEmpty();
      }
    }
  }

  @Test
  void marksWordsThatMatchedOnlyThroughTheirStem() throws IOException {
    // English stems "nationalities" to "nation", as it does "national": Lucene's highlighter looks stems up among
    // the body's unstemmed words and so marks only a literal "nation", never "national".
    Query query = searcher.rewrite(builder.build("nationalities", reader).query());
    ScoreDoc[] hits = searcher.search(query, 200).scoreDocs;

    List<String> stemOnlyMarks = new java.util.ArrayList<>();
    for (Highlighter.Highlighted hit : new Highlighter(searcher, analysis.indexAnalyzer()).highlight(query, hits, 2)) {
      if (!hit.stored().get(Schema.BODY).toLowerCase(java.util.Locale.ROOT).contains("nationalit")) {
        for (Snippet snippet : hit.snippets()) {
          snippet.matches().forEach(span -> stemOnlyMarks.add(snippet.text().substring(span.start(), span.end())));
        }
      }
    }
    assertThat(stemOnlyMarks).isNotEmpty()
        .allMatch(mark -> mark.toLowerCase(java.util.Locale.ROOT).startsWith("nation"))
        .anyMatch(mark -> mark.equalsIgnoreCase("national"));
  }

  /** Lucene's highlighter as Tilde configures it, given the whole query. */
  private static final class WholeQueryHighlighter extends UnifiedHighlighter {
    WholeQueryHighlighter(Builder builder) {
      super(builder);
    }

    Object[] bodies(Query query, int[] docIds) throws IOException {
      return highlightFieldsAsObjects(new String[] {Schema.BODY}, query, docIds, new int[] {2}).get(Schema.BODY);
    }
  }

  @Test
  void returnsEveryStoredFieldOfEachHitInRankOrder() throws IOException {
    Query query = searcher.rewrite(builder.build("lopez obrador", reader).query());
    ScoreDoc[] hits = searcher.search(query, 10).scoreDocs;

    for (int snippets : new int[] {0, 2}) {
      List<Highlighter.Highlighted> highlighted = new Highlighter(searcher, analysis.indexAnalyzer())
          .highlight(query, hits, snippets);
      assertThat(highlighted).hasSize(hits.length);
      for (int i = 0; i < hits.length; i++) {
        Document expected = searcher.storedFields().document(hits[i].doc);
        assertThat(highlighted.get(i).stored().get(Schema.ID)).isEqualTo(expected.get(Schema.ID));
        assertThat(highlighted.get(i).stored().get(Schema.TITLE)).isEqualTo(expected.get(Schema.TITLE));
        assertThat(highlighted.get(i).snippets()).hasSizeLessThanOrEqualTo(snippets);
      }
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void highlightsAMegabyteSentenceWithAMatchOnEveryWordInLinearTime(@TempDir Path dir) throws IOException {
    String body = "a, ".repeat((1 << 20) / 3); // the highlighter reads its first 200,000 characters: 66,667 matches
    try (TildeWriter writer = TildeIndex.openForWriting(dir)) {
      writer.put(new TildeDocument("long", "long.txt", "One long sentence", body));
      writer.commit();
    }
    try (TildeIndex index = TildeIndex.open(dir)) {
      List<Snippet> snippets = index.search("a", 1).hits().get(0).snippets();

      assertThat(snippets).hasSize(1);
      assertThat(snippets.get(0).text()).startsWith("a, a, a,").hasSizeLessThanOrEqualTo(244);
      assertThat(snippets.get(0).matches()).hasSizeGreaterThan(70);
    }
  }

  @Test
  void pastTheDeadlineHitsKeepTheirFieldsButGetNoSnippets() throws IOException {
    Query query = searcher.rewrite(builder.build("lopez obrador", reader).query());
    ScoreDoc[] hits = searcher.search(query, 5).scoreDocs;
    SearchDeadline passed = SearchDeadline.after(java.time.Duration.ofNanos(1));

    List<Highlighter.Highlighted> late = new Highlighter(searcher, analysis.indexAnalyzer(), passed)
        .highlight(query, hits, 2);

    assertThat(late).hasSize(hits.length).allSatisfy(hit -> {
      assertThat(hit.stored().get(Schema.ID)).isNotNull();
      assertThat(hit.snippets()).isEmpty();
    });
    assertThat(passed.reached()).isTrue();
  }
}

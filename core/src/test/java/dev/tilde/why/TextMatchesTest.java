package dev.tilde.why;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tilde.SeedIndex;
import dev.tilde.TildeIndex;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.Hit;
import dev.tilde.search.SearchOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why documents known by their text only matched (a cluster's hits): the same as from the index that holds them. */
class TextMatchesTest {
  @TempDir static Path dir;

  @Test
  void tellsFromTheTextWhatTheIndexTells() throws IOException {
    Path seeds = SeedIndex.build(dir.resolve("seeds"));
    TildeAnalysis analysis = TildeAnalysis.standard();
    try (TildeIndex index = TildeIndex.open(seeds);
        DirectoryReader reader = DirectoryReader.open(FSDirectory.open(seeds))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String query : List.of("Lopez Obrador", "AMLO", "Obrdaor", "migrating", "Zuniga", "Andy López Obrador")) {
        List<Hit> hits = index.search(query, SearchOptions.defaults().withWhy(true).withSnippets(0)).hits();
        assertThat(hits).as(query).isNotEmpty();
        List<TildeDocument> docs = new ArrayList<>();
        for (Hit hit : hits) {
          TopDocs byId = searcher.search(new TermQuery(Schema.idTerm(hit.id())), 1);
          docs.add(Schema.fromStored(searcher.storedFields().document(byId.scoreDocs[0].doc)));
        }
        WordClauses clauses = new QueryBuilder(analysis).build(query, reader).clauses();

        List<List<WordMatch>> fromText = TextMatches.of(analysis, clauses, docs);

        assertThat(fromText).as(query).isEqualTo(hits.stream().map(Hit::matches).toList());
      }
    }
  }
}

package dev.tilde.opensearch.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.ParsedQuery;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeDocument;
import dev.tilde.search.Hit;
import dev.tilde.why.TextMatches;
import dev.tilde.why.WordMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Why each hit of a search on a cluster matched: read from each hit's title and body as the cluster gave them, indexed
 * in memory as the plugin indexes them ({@link TextMatches}), with the clauses of the query the client built.
 */
final class ClusterMatches {
  private ClusterMatches() {}

  /**
   * {@code hits}, each saying how the typed words matched it.
   *
   * @param analysis the analysis the index was built with
   * @param parsed the query the client built, whose clauses say which word and kind each is
   * @param hits the hits, read from {@code answer}
   * @param answer the cluster's hits, in the same order, each with its {@code _source} body
   */
  static List<Hit> of(TildeAnalysis analysis, ParsedQuery parsed, List<Hit> hits, JsonNode answer) {
    List<TildeDocument> docs = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      String body = DocumentSource.text(answer.path(i).path("_source"), Schema.BODY);
      docs.add(new TildeDocument(hit.id(), hit.path() == null ? hit.id() : hit.path(),
          hit.title() == null ? "" : hit.title(), body == null ? "" : body, hit.date(), hit.source(), hit.lang(),
          hit.extra()));
    }
    List<List<WordMatch>> matches = TextMatches.of(analysis, parsed.clauses(), docs);
    List<Hit> told = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      told.add(hits.get(i).withMatches(matches.get(i)));
    }
    return told;
  }
}

package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.BenchQuery;
import java.util.List;

/**
 * One judged query: what a user types, and every document the text says answers it.
 *
 * @param group how the query is typed
 * @param query the query, as typed
 * @param relevant the ids of the relevant documents, in corpus order
 */
public record Judgment(Group group, String query, List<String> relevant) {
  public Judgment {
    relevant = List.copyOf(relevant);
  }

  /** The query as the engines take it. */
  public BenchQuery benchQuery() {
    return new BenchQuery(query.contains("\"") ? BenchQuery.Kind.PHRASE : BenchQuery.Kind.WORD, query);
  }

  /** How many hits a search for this query asks for: enough to hold every relevant document, at least ten. */
  public int depth() {
    return Math.max(Metrics.TOP, relevant.size());
  }
}

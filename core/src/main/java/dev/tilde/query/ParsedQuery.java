package dev.tilde.query;

import dev.tilde.why.WordClauses;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A user's query string turned into a Lucene query.
 *
 * @param query the Lucene query to run
 * @param parsedAs how the string was read: {@link #SYNTAX} when the query syntax parsed, {@link #KEYWORDS} when a
 *     syntax error made the builder fall back to plain keywords
 * @param unknownWords the query's words (folded) that no document contains as such, so that they can match only
 *     through typo tolerance; a hint that a spelling suggestion would help
 * @param commonWords the query's words (folded) in so many documents that their typos were not searched; a
 *     cluster's shards are told them, to build the same query
 * @param corrections of the unknown words, those with a likeliest correction in the index, by word (both folded);
 *     a cluster's shards are told them, to build the same query
 * @param acronyms the acronyms the index learned from its text that the query expanded, each with the long form it
 *     expanded to or from ({@code pri=partido revolucionario institucional}, folded); a cluster's shards are told
 *     them, to build the same query
 * @param clauses the query's clauses that say why a hit matched, each with its typed word and kind of match ({@link
 *     dev.tilde.why.HitMatches} tests them on hits when asked)
 */
public record ParsedQuery(Query query, String parsedAs, List<String> unknownWords, List<String> commonWords,
    Map<String, String> corrections, List<String> acronyms, WordClauses clauses) {
  /** The string was read with the classic query syntax (phrases, AND/OR/NOT, field:). */
  public static final String SYNTAX = "syntax";
  /** The string had a syntax error and was read as plain keywords. */
  public static final String KEYWORDS = "keywords";

  /** Keeps its own copies of {@code unknownWords}, {@code commonWords}, {@code corrections} and {@code acronyms}. */
  public ParsedQuery {
    unknownWords = List.copyOf(unknownWords);
    commonWords = List.copyOf(commonWords);
    corrections = Map.copyOf(corrections);
    acronyms = List.copyOf(acronyms);
    clauses = clauses == null ? new WordClauses() : clauses;
  }

  /**
   * A query that records no clauses saying why a hit matched (the constructor from before they were recorded).
   *
   * @param query the Lucene query to run
   * @param parsedAs {@link #SYNTAX} or {@link #KEYWORDS}
   * @param unknownWords the query's words (folded) that no document contains as such
   * @param commonWords the query's words (folded) in so many documents that their typos were not searched
   * @param corrections of the unknown words, those with a likeliest correction in the index, by word
   * @param acronyms the acronyms the index learned that the query expanded, each {@code acronym=long form}
   */
  public ParsedQuery(Query query, String parsedAs, List<String> unknownWords, List<String> commonWords,
      Map<String, String> corrections, List<String> acronyms) {
    this(query, parsedAs, unknownWords, commonWords, corrections, acronyms, null);
  }

  /**
   * A query that expanded no acronym the index learned (the constructor from before acronyms were learned).
   *
   * @param query the Lucene query to run
   * @param parsedAs {@link #SYNTAX} or {@link #KEYWORDS}
   * @param unknownWords the query's words (folded) that no document contains as such
   * @param commonWords the query's words (folded) in so many documents that their typos were not searched
   * @param corrections of the unknown words, those with a likeliest correction in the index, by word
   */
  public ParsedQuery(Query query, String parsedAs, List<String> unknownWords, List<String> commonWords,
      Map<String, String> corrections) {
    this(query, parsedAs, unknownWords, commonWords, corrections, List.of(), null);
  }

  /**
   * A query none of whose words was corrected (the constructor from before corrections were told).
   *
   * @param query the Lucene query to run
   * @param parsedAs {@link #SYNTAX} or {@link #KEYWORDS}
   * @param unknownWords the query's words (folded) that no document contains as such
   * @param commonWords the query's words (folded) in so many documents that their typos were not searched
   */
  public ParsedQuery(Query query, String parsedAs, List<String> unknownWords, List<String> commonWords) {
    this(query, parsedAs, unknownWords, commonWords, Map.of());
  }

  /**
   * A query none of whose words was too common for typos (the constructor from before common words were told).
   *
   * @param query the Lucene query to run
   * @param parsedAs {@link #SYNTAX} or {@link #KEYWORDS}
   * @param unknownWords the query's words (folded) that no document contains as such
   */
  public ParsedQuery(Query query, String parsedAs, List<String> unknownWords) {
    this(query, parsedAs, unknownWords, List.of());
  }
}

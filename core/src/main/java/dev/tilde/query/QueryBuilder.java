package dev.tilde.query;

import dev.tilde.TildeException;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.schema.Schema;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns what a user typed into a Lucene query: the classic syntax where it parses, plain keywords where it does not.
 *
 * <p>Every word is searched however people write it: folded and as written, under its aliases, stemmed for English
 * and Spanish, and with typo tolerance; documents with the words in order rank higher. The library API and the
 * command line both go through this one builder, so a query means the same everywhere. Thread-safe.
 */
public final class QueryBuilder {
  /**
   * Most words a query may have. Each word becomes several clauses (fields, forms, typos, phrases), and Lucene
   * refuses queries over 1,024 clauses; a longer query is pasted text, not a search.
   */
  public static final int MAX_WORDS = 64;
  /** Deepest nesting of parentheses accepted; the parser recurses per level, and no real query needs more. */
  public static final int MAX_NESTING = 16;

  private final TildeAnalysis analysis;

  public QueryBuilder(TildeAnalysis analysis) {
    this.analysis = analysis;
  }

  /** Builds the query for {@code text} without looking at an index (every word is taken to exist). */
  public ParsedQuery build(String text) {
    return build(text, (IndexedTerms) null, List.of(Schema.SEARCHED_FIELDS));
  }

  /**
   * Builds the query for {@code text}, to run on {@code reader}; the index tells which words are typos.
   *
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text, IndexReader reader) {
    return build(text, reader, List.of(Schema.SEARCHED_FIELDS));
  }

  /**
   * Builds the query for {@code text} to run on {@code reader}, where words typed without a field search only
   * {@code fields} (a subset of {@link Schema#SEARCHED_FIELDS}); {@code reader} may be {@code null}.
   *
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text, IndexReader reader, Collection<String> fields) {
    return build(text, reader == null ? null : IndexedTerms.of(reader), fields);
  }

  /**
   * Builds the query for {@code text} to run on the index whose terms {@code indexed} tells (a remote one, say),
   * where words typed without a field search only {@code fields}; {@code indexed} may be {@code null}, which takes
   * every word to exist.
   *
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text, IndexedTerms indexed, Collection<String> fields) {
    if (text == null || text.isBlank()) {
      throw new TildeException("empty query");
    }
    checkSize(text);
    TildeQueryParser parser = new TildeQueryParser(analysis, indexed, fields);
    String parsedAs = ParsedQuery.SYNTAX;
    Query query;
    try {
      query = parser.parse(text);
    } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException syntaxError) {
      parser = new TildeQueryParser(analysis, indexed, fields);
      parsedAs = ParsedQuery.KEYWORDS;
      try {
        query = parser.parse(QueryParser.escape(text));
      } catch (ParseException impossible) {
        throw new TildeException("cannot read query: " + text, impossible);
      }
    }
    if (query == null) {
      query = new MatchNoDocsQuery("no searchable words in: " + text);
    }
    return new ParsedQuery(query, parsedAs, List.copyOf(parser.unknownWords()));
  }

  /** Refuses queries too big to run safely, with a message that says what the limit is. */
  private static void checkSize(String text) {
    int words = 0;
    boolean inWord = false;
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      boolean wordChar = Character.isLetterOrDigit(c);
      if (wordChar && !inWord) {
        words++;
      }
      inWord = wordChar;
    }
    if (words > MAX_WORDS) {
      throw new TildeException("query too long: " + words + " words (at most " + MAX_WORDS + ")");
    }
    if (deepest > MAX_NESTING) {
      throw new TildeException(
          "query nests parentheses " + deepest + " deep (at most " + MAX_NESTING + ")");
    }
  }
}

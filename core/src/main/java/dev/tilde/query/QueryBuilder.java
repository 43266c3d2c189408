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
  /**
   * Longest query accepted, in characters: room for the most words with some syntax each. Lucene's tokenizer takes
   * about a microsecond a character over runs of some punctuation, and each query is analysed several times; a
   * query has no business being longer.
   */
  public static final int MAX_LENGTH = 4_096;
  /**
   * Longest word accepted, in characters (a word is a run of letters, digits and joining punctuation such as {@code
   * _}; each ideograph is one): the index holds no longer term, as its tokenizer splits words there.
   */
  public static final int MAX_WORD_LENGTH = 255;
  /**
   * Longest word that gets typo tolerance (typed {@code ~} or added by Tilde) and spelling suggestions, in
   * characters: the longest names run to about 35 letters, and a longer "word" is pasted text or a code, where a
   * typo is no likelier than anywhere else.
   */
  public static final int MAX_TYPO_TOLERANT_LENGTH = 40;
  /** How much of a query an error message or a query's description quotes, in characters. */
  private static final int QUOTED_LENGTH = 80;

  private final TildeAnalysis analysis;

  /**
   * A builder that reads queries with {@code analysis}'s query chains.
   *
   * @param analysis the analysis the index was built with
   */
  public QueryBuilder(TildeAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * Builds the query for {@code text} without looking at an index (every word is taken to exist).
   *
   * @param text the query, in Lucene's classic syntax
   * @return the query, and how it was read
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text) {
    return build(text, (IndexedTerms) null, List.of(Schema.SEARCHED_FIELDS));
  }

  /**
   * Builds the query for {@code text}, to run on {@code reader}; the index tells which words are typos.
   *
   * @param text the query, in Lucene's classic syntax
   * @param reader the index the query will run on
   * @return the query, and how it was read
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text, IndexReader reader) {
    return build(text, reader, List.of(Schema.SEARCHED_FIELDS));
  }

  /**
   * Builds the query for {@code text} to run on {@code reader}, where words typed without a field search only
   * {@code fields} (a subset of {@link Schema#SEARCHED_FIELDS}); {@code reader} may be {@code null}.
   *
   * @param text the query, in Lucene's classic syntax
   * @param reader the index the query will run on, or {@code null}
   * @param fields the fields words typed without a field search
   * @return the query, and how it was read
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
   * @param text the query, in Lucene's classic syntax
   * @param indexed the terms of the index the query will run on, or {@code null}
   * @param fields the fields words typed without a field search
   * @return the query, and how it was read
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
        query = parser.parse(asKeywords(text));
      } catch (ParseException | IllegalArgumentException impossible) {
        throw new TildeException("cannot read query: " + quoted(text), impossible);
      }
    }
    if (query == null) {
      query = new MatchNoDocsQuery("no searchable words in: " + quoted(text));
    }
    return new ParsedQuery(query, parsedAs, List.copyOf(parser.unknownWords()), List.copyOf(parser.commonWords()),
        parser.corrections(), parser.acronyms(), parser.clauses());
  }

  /**
   * {@code text} with every character of the syntax escaped, operator words included ({@code AND}, {@code OR},
   * {@code NOT}, which {@link QueryParser#escape} leaves as they are): the parser then reads plain words.
   */
  static String asKeywords(String text) {
    String escaped = QueryParser.escape(text);
    StringBuilder out = new StringBuilder(escaped.length() + 8);
    int i = 0;
    while (i < escaped.length()) {
      int end = i;
      while (end < escaped.length() && !Character.isWhitespace(escaped.charAt(end))) {
        end++;
      }
      if (end - i <= 3 && isOperator(escaped, i, end)) {
        out.append('\\'); // "\AND" is the word AND
      }
      out.append(escaped, i, end);
      while (end < escaped.length() && Character.isWhitespace(escaped.charAt(end))) {
        out.append(escaped.charAt(end++));
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isOperator(String text, int start, int end) {
    String word = text.substring(start, end);
    return word.equals("AND") || word.equals("OR") || word.equals("NOT");
  }

  /** The start of {@code text}, for a message: a pasted page is not repeated back whole. */
  static String quoted(String text) {
    if (text.codePointCount(0, text.length()) <= QUOTED_LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, QUOTED_LENGTH)) + "…";
  }

  /** Refuses queries too big to run safely, with a message that says what the limit is. */
  private static void checkSize(String text) {
    int words = 0;
    int wordLength = 0;
    boolean counted = false; // whether the run of word characters so far holds a letter or digit
    int longest = 0;
    int depth = 0;
    int deepest = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      }
      boolean letterOrDigit = Character.isLetterOrDigit(c);
      if (Character.isIdeographic(c)) {
        words++; // the tokenizer makes each ideograph a word
        wordLength = 0;
        counted = false;
      } else if (letterOrDigit || Character.getType(c) == Character.CONNECTOR_PUNCTUATION) {
        longest = Math.max(longest, ++wordLength);
        if (letterOrDigit && !counted) {
          words++;
          counted = true;
        }
      } else {
        wordLength = 0;
        counted = false;
      }
    }
    if (words > MAX_WORDS) {
      throw new TildeException("query too long: " + words + " words (at most " + MAX_WORDS + ")");
    }
    if (deepest > MAX_NESTING) {
      throw new TildeException(
          "query nests parentheses " + deepest + " deep (at most " + MAX_NESTING + ")");
    }
    int length = text.codePointCount(0, text.length());
    if (length > MAX_LENGTH) {
      throw new TildeException("query too long: " + length + " characters (at most " + MAX_LENGTH + ")");
    }
    if (longest > MAX_WORD_LENGTH) {
      throw new TildeException(
          "query word too long: " + longest + " characters (at most " + MAX_WORD_LENGTH + ")");
    }
  }
}

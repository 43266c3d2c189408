package dev.tilde.query;

import dev.tilde.TildeException;
import dev.tilde.schema.Schema;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a Lucene query: the classic syntax where it parses, plain keywords where it does not.
 *
 * <p>The library API and the command line both go through this one builder, so a query means the same everywhere.
 */
public final class QueryBuilder {
  /** Title matches count for more than body matches: a name in the headline is what the story is about. */
  private static final Map<String, Float> FIELD_BOOSTS = Map.of(Schema.TITLE, 2.0f, Schema.BODY, 1.0f);

  private final Analyzer analyzer;

  public QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Builds the query for {@code text}.
   *
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text) {
    return build(text, List.of(Schema.SEARCHED_FIELDS));
  }

  /**
   * Builds the query for {@code text} searching only {@code fields} (a subset of {@link Schema#SEARCHED_FIELDS}).
   *
   * @throws TildeException if the text holds nothing to search for
   */
  public ParsedQuery build(String text, Collection<String> fields) {
    if (text == null || text.isBlank()) {
      throw new TildeException("empty query");
    }
    try {
      return new ParsedQuery(parser(fields).parse(text), ParsedQuery.SYNTAX);
    } catch (ParseException | IllegalArgumentException syntaxError) {
      try {
        return new ParsedQuery(parser(fields).parse(QueryParser.escape(text)), ParsedQuery.KEYWORDS);
      } catch (ParseException impossible) {
        throw new TildeException("cannot read query: " + text, impossible);
      }
    }
  }

  private MultiFieldQueryParser parser(Collection<String> fields) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(fields.toArray(String[]::new), analyzer, FIELD_BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.OR);
    return parser;
  }
}

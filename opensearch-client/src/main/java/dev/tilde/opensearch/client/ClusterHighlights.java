package dev.tilde.opensearch.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tilde.schema.Schema;
import dev.tilde.search.Snippet;
import dev.tilde.search.SnippetFormatter;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * The cluster's highlighter, asked for passages as the local one picks them, and its answer read back as the same
 * {@link Snippet}s: each passage with its matches becomes a Lucene {@link Passage} that Tilde's own {@link
 * SnippetFormatter} formats, as it formats the local highlighter's.
 */
final class ClusterHighlights {
  /** Passage marks asked of the cluster's highlighter: private-use characters, which news text does not contain. */
  static final String OPEN = "\uE000";
  static final String CLOSE = "\uE001";
  /** How much of the text of a hit without matches in it the cluster sends, to show its first sentences. */
  private static final int SUMMARY_CHARS = 10_000;
  /** The body, its stemmed copies and its names' sounds: the same text, so their passages are one text's. */
  private static final List<String> FIELDS = List.of(Schema.BODY, Schema.BODY_EN, Schema.BODY_ES, Schema.NAME_SOUNDS);

  private static final SnippetFormatter FORMATTER = new SnippetFormatter();

  private ClusterHighlights() {}

  /** Writes one query of the request's JSON. */
  @FunctionalInterface
  interface QueryWriter {
    void write(JsonGenerator json) throws IOException;
  }

  /**
   * Asks for passages as the local highlighter picks them: whole sentences, the best {@code snippets} first, from the
   * offsets in the postings, in the body and in its stemmed copies, marking what the local highlighter marks.
   *
   * @param query the query as the client built it, whose words scored over title and body as one field
   * @param search writes the search's own query
   */
  static void writeRequest(int snippets, Query query, QueryWriter search, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("highlight");
    writeHighlightQuery(query, search, json);
    json.writeStringField("type", "unified");
    json.writeArrayFieldStart("pre_tags");
    json.writeString(OPEN);
    json.writeEndArray();
    json.writeArrayFieldStart("post_tags");
    json.writeString(CLOSE);
    json.writeEndArray();
    json.writeStringField("boundary_scanner", "sentence");
    // 0: whole sentences; any other size packs neighbouring sentences up to it, or cuts a long one short.
    json.writeNumberField("fragment_size", 0);
    json.writeNumberField("number_of_fragments", snippets);
    json.writeStringField("order", "score"); // best first, as locally
    json.writeObjectFieldStart("fields");
    for (String field : FIELDS) {
      json.writeObjectFieldStart(field);
      if (field.equals(Schema.BODY)) {
        // A hit that matched elsewhere (the title) still shows how its text begins, as locally; the cluster cuts that
        // at a word, so ask for enough to cut it at sentences here.
        json.writeNumberField("no_match_size", SUMMARY_CHARS);
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * The search's query with, beside it, each body term a word scores with over title and body as one field. The
   * cluster's highlighter reads the terms of the queries it knows and skips a {@link CombinedFieldQuery}: where a
   * query also has a phrase, a word matched only that way (a name in a document of no stemmed language) would go
   * unmarked, where the local highlighter, which matches with the same terms, marks it.
   */
  private static void writeHighlightQuery(Query query, QueryWriter search, JsonGenerator json) throws IOException {
    Set<Term> terms = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query parent, Term... consumed) {
        if (parent instanceof CombinedFieldQuery) {
          for (Term term : consumed) {
            if (Schema.BODY_FIELDS.contains(term.field())) {
              terms.add(term);
            }
          }
        }
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }
    });
    json.writeObjectFieldStart("highlight_query");
    json.writeObjectFieldStart("bool");
    json.writeArrayFieldStart("should");
    search.write(json);
    for (Term term : terms) {
      json.writeStartObject();
      json.writeObjectFieldStart("term");
      json.writeStringField(term.field(), term.text());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * At most {@code count} snippets of a hit's {@code highlight}: the body's passages, then those only the stemmed
   * copies matched; passages with the same text are one, with the matches of each.
   */
  static List<Snippet> snippets(JsonNode highlight, int count) {
    Map<String, List<int[]>> matchesByText = new LinkedHashMap<>();
    String beginning = null; // the body's first sentences, sent when the body itself has no match
    for (String field : FIELDS) {
      for (JsonNode fragment : highlight.path(field)) {
        String marked = fragment.asText();
        if (!marked.contains(OPEN)) {
          beginning = beginning == null ? marked : beginning;
          continue;
        }
        List<int[]> matches = new ArrayList<>();
        String text = unmarked(marked, matches);
        matchesByText.computeIfAbsent(text, t -> new ArrayList<>()).addAll(matches);
      }
    }
    if (matchesByText.isEmpty() && beginning != null) {
      return summary(beginning, count); // the beginning of a text with no match in it
    }
    List<Snippet> snippets = new ArrayList<>();
    for (Map.Entry<String, List<int[]>> passage : matchesByText.entrySet()) {
      if (snippets.size() == count) {
        break;
      }
      snippets.add(format(passage.getKey(), passage.getValue()));
    }
    return snippets;
  }

  /** The first sentences of {@code text}, unmarked, as the local highlighter shows a text without matches. */
  private static List<Snippet> summary(String text, int count) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    List<Snippet> snippets = new ArrayList<>();
    int start = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE && snippets.size() < count;
        start = end, end = sentences.next()) {
      snippets.add(format(text.substring(start, end), List.of()));
    }
    return snippets;
  }

  /** {@code marked} without its marks; the offsets of the marked stretches in it are added to {@code matches}. */
  static String unmarked(String marked, List<int[]> matches) {
    StringBuilder text = new StringBuilder(marked.length());
    int pos = 0;
    while (pos < marked.length()) {
      int open = marked.indexOf(OPEN, pos);
      int close = open < 0 ? -1 : marked.indexOf(CLOSE, open + OPEN.length());
      if (close < 0) {
        break;
      }
      text.append(marked, pos, open);
      int start = text.length();
      text.append(marked, open + OPEN.length(), close);
      if (text.length() > start) {
        matches.add(new int[] {start, text.length()});
      }
      pos = close + CLOSE.length();
    }
    return text.append(marked, pos, marked.length()).toString();
  }

  /** The snippet of the passage {@code text} with {@code matches}, exactly as a local passage becomes one. */
  private static Snippet format(String text, List<int[]> matches) {
    Passage passage = new Passage();
    passage.setStartOffset(0);
    passage.setEndOffset(text.length());
    // In text order, as the local highlighter hands them over; the formatter joins overlapping and adjacent ones.
    matches.stream().sorted((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]))
        .forEach(match -> passage.addMatch(match[0], match[1], null, 1));
    return FORMATTER.format(new Passage[] {passage}, text)[0];
  }
}

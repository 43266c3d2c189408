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
  /** The body and its stemmed copies: the same text, so their passages are one text's. */
  private static final List<String> FIELDS = List.of(Schema.BODY, Schema.BODY_EN, Schema.BODY_ES);

  private static final SnippetFormatter FORMATTER = new SnippetFormatter();

  private ClusterHighlights() {}

  /**
   * Asks for passages as the local highlighter picks them: whole sentences, the best {@code snippets} first, from the
   * offsets in the postings, in the body and in its stemmed copies.
   */
  static void writeRequest(int snippets, JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("highlight");
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
   * At most {@code count} snippets of a hit's {@code highlight}: the body's passages, then those only the stemmed
   * copies matched; passages with the same text are one, with the matches of each.
   */
  static List<Snippet> snippets(JsonNode highlight, int count) {
    Map<String, List<int[]>> matchesByText = new LinkedHashMap<>();
    for (String field : FIELDS) {
      for (JsonNode fragment : highlight.path(field)) {
        String marked = fragment.asText();
        if (!marked.contains(OPEN)) {
          return summary(marked, count); // the beginning of a text with no match in it
        }
        List<int[]> matches = new ArrayList<>();
        String text = unmarked(marked, matches);
        matchesByText.computeIfAbsent(text, t -> new ArrayList<>()).addAll(matches);
      }
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

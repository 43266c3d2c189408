package dev.tilde.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into {@link Snippet}s: the text as written, white space folded, match spans kept.
 */
final class SnippetFormatter extends PassageFormatter {
  @Override
  public Snippet[] format(Passage[] passages, String content) {
    Snippet[] snippets = new Snippet[passages.length];
    for (int i = 0; i < passages.length; i++) {
      snippets[i] = toSnippet(passages[i], content);
    }
    return snippets;
  }

  private static Snippet toSnippet(Passage passage, String content) {
    StringBuilder text = new StringBuilder(passage.getEndOffset() - passage.getStartOffset());
    List<Snippet.Span> spans = new ArrayList<>(passage.getNumMatches());
    int pos = passage.getStartOffset();
    for (int m = 0; m < passage.getNumMatches(); m++) {
      int start = Math.max(passage.getMatchStarts()[m], pos);
      int end = Math.min(passage.getMatchEnds()[m], passage.getEndOffset());
      if (end <= start) {
        continue; // overlaps the previous match, which already covers it
      }
      appendFolded(text, content, pos, start);
      int spanStart = text.length();
      appendFolded(text, content, start, end);
      addMerged(spans, new Snippet.Span(spanStart, text.length()), text);
      pos = end;
    }
    appendFolded(text, content, pos, passage.getEndOffset());
    return trimmed(text, spans);
  }

  /**
   * The snippet of a passage whose matches another highlighter (an OpenSearch cluster's) wrapped in {@code open} and
   * {@code close}: white space folded and adjacent marks joined, as for passages highlighted here.
   */
  static Snippet fromMarked(String marked, String open, String close) {
    StringBuilder text = new StringBuilder(marked.length());
    List<Snippet.Span> spans = new ArrayList<>();
    int pos = 0;
    while (pos < marked.length()) {
      int start = marked.indexOf(open, pos);
      int end = start < 0 ? -1 : marked.indexOf(close, start + open.length());
      if (end < 0) {
        break;
      }
      appendFolded(text, marked, pos, start);
      int spanStart = text.length();
      appendFolded(text, marked, start + open.length(), end);
      if (text.length() > spanStart) {
        addMerged(spans, new Snippet.Span(spanStart, text.length()), text);
      }
      pos = end + close.length();
    }
    appendFolded(text, marked, pos, marked.length());
    return trimmed(text, spans);
  }

  /**
   * Adds {@code span}, joining it to the previous one when only white space separates them, so a matched name
   * reads as one mark: {@code <mark>López Obrador</mark>} rather than two.
   */
  private static void addMerged(List<Snippet.Span> spans, Snippet.Span span, CharSequence text) {
    if (!spans.isEmpty()) {
      Snippet.Span last = spans.get(spans.size() - 1);
      if (text.subSequence(last.end(), span.start()).toString().isBlank()) {
        spans.set(spans.size() - 1, new Snippet.Span(last.start(), span.end()));
        return;
      }
    }
    spans.add(span);
  }

  /** Appends content[from, to) with every run of white space written as one space. */
  private static void appendFolded(StringBuilder out, String content, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = content.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static Snippet trimmed(StringBuilder text, List<Snippet.Span> spans) {
    int lead = 0;
    while (lead < text.length() && text.charAt(lead) == ' ') {
      lead++;
    }
    int end = text.length();
    while (end > lead && text.charAt(end - 1) == ' ') {
      end--;
    }
    int shift = lead;
    int limit = end - lead;
    List<Snippet.Span> moved = new ArrayList<>(spans.size());
    for (Snippet.Span s : spans) {
      moved.add(new Snippet.Span(Math.max(0, s.start() - shift), Math.min(limit, s.end() - shift)));
    }
    return new Snippet(text.substring(lead, end), moved);
  }
}

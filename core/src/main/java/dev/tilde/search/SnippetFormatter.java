package dev.tilde.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns a highlighter's passages into {@link Snippet}s: the text as written, white space folded, match spans kept
 * (adjacent ones joined), and a passage longer than {@link #MAX_CHARS} cropped to the stretch around its matches.
 *
 * <p>The local highlighter formats its passages with it; passages found elsewhere (by an OpenSearch cluster's
 * highlighter) become Lucene {@link Passage}s and are formatted by it too, so snippets read the same from either.
 */
public final class SnippetFormatter extends PassageFormatter {
  /** The longest snippet, in characters: about two lines of a terminal, enough for a sentence's context. */
  static final int MAX_CHARS = 240;

  /** Marks where a cropped snippet was cut. */
  static final String CUT = "…";

  /** A formatter; it keeps no state, so one serves any number of highlighters. */
  public SnippetFormatter() {}

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
    return cropped(trimmed(text, spans), MAX_CHARS);
  }

  /**
   * {@code snippet} cut down to at most about {@code maxChars} characters at word boundaries, keeping the window that
   * holds the most matches (some context before the first of them), with {@link #CUT} where text was left out.
   */
  static Snippet cropped(Snippet snippet, int maxChars) {
    String text = snippet.text();
    if (text.length() <= maxChars) {
      return snippet;
    }
    List<Snippet.Span> spans = snippet.matches();
    int start = busiestWindow(spans, maxChars, text.length());
    int end = Math.min(text.length(), start + maxChars);
    int firstInside = end;
    int lastInside = start;
    for (Snippet.Span s : spans) {
      if (s.start() >= start && s.end() <= end) {
        firstInside = Math.min(firstInside, s.start());
        lastInside = Math.max(lastInside, s.end());
      }
    }
    if (start > 0) { // begin at a word: after the first space, unless that would cut into a match
      int space = text.indexOf(' ', start);
      if (space >= 0 && space < firstInside) {
        start = space + 1;
      }
    }
    if (end < text.length()) { // end at a word: at the last space, unless that would cut into a match
      int space = text.lastIndexOf(' ', end);
      if (space > start && space >= lastInside) {
        end = space;
      }
    }
    String head = start > 0 ? CUT + " " : "";
    String tail = end < text.length() ? " " + CUT : "";
    List<Snippet.Span> kept = new ArrayList<>(spans.size());
    for (Snippet.Span s : spans) {
      int from = Math.max(s.start(), start);
      int to = Math.min(s.end(), end);
      if (from < to) {
        kept.add(new Snippet.Span(from - start + head.length(), to - start + head.length()));
      }
    }
    return new Snippet(head + text.substring(start, end) + tail, kept);
  }

  /**
   * Where the window of {@code maxChars} that holds the most whole spans starts, among the windows that start a
   * little before a span (the first such window wins ties). Spans are in order and do not overlap, so the spans
   * inside a window are a run of the list and both ends of the run only move forward from one window to the next:
   * one pass, however many matches a long passage has.
   */
  private static int busiestWindow(List<Snippet.Span> spans, int maxChars, int textLength) {
    int lead = maxChars / 4;
    int bestStart = 0;
    int bestCount = -1;
    int first = 0; // the first span starting inside the window
    int last = 0; // the first span ending past the window
    for (Snippet.Span anchor : spans.isEmpty() ? List.of(new Snippet.Span(0, 0)) : spans) {
      int start = Math.max(0, Math.min(anchor.start() - lead, textLength - maxChars));
      while (first < spans.size() && spans.get(first).start() < start) {
        first++;
      }
      while (last < spans.size() && spans.get(last).end() <= start + maxChars) {
        last++;
      }
      int count = Math.max(0, last - first);
      if (count > bestCount) {
        bestCount = count;
        bestStart = start;
      }
    }
    return bestStart;
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

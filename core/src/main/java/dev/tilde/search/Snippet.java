package dev.tilde.search;

import java.util.List;

/**
 * A passage of a document's text with the spans that matched the query, as written in the document.
 *
 * @param text the passage, with runs of white space folded to one space
 * @param matches the matched spans, in order and not overlapping
 */
public record Snippet(String text, List<Span> matches) {
  /** Keeps its own copy of {@code matches}. */
  public Snippet {
    matches = List.copyOf(matches);
  }

  /**
   * A matched span of {@link #text()}: {@code start} inclusive, {@code end} exclusive.
   *
   * @param start the index of the span's first character in the text
   * @param end the index just past its last character
   */
  public record Span(int start, int end) {}

  /**
   * The text with every match wrapped in {@code open} and {@code close}, such as {@code <mark>} and {@code </mark>}.
   *
   * @param open what to write before each match
   * @param close what to write after each match
   * @return the marked text (not escaped: the text is as the document wrote it)
   */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
    int at = 0;
    for (Span span : matches) {
      out.append(text, at, span.start()).append(open).append(text, span.start(), span.end()).append(close);
      at = span.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}

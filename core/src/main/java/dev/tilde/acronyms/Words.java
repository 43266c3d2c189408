package dev.tilde.acronyms;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of whitespace-separated words of a text, each with where it is in the text and its folded form, for
 * matching a short form against the words before it. Punctuation stays on the words it touches; the folded run
 * joins the folded words with single spaces, so a position in it says which word it falls in.
 */
final class Words {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final List<String> folded;

  private Words(String text, int[] starts, int[] ends, List<String> folded) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.folded = folded;
  }

  /** The words of {@code text} between {@code from} and {@code to}. */
  static Words between(String text, int from, int to) {
    List<int[]> spans = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        spans.add(new int[] {start, i});
      }
    }
    int[] starts = new int[spans.size()];
    int[] ends = new int[spans.size()];
    List<String> folded = new ArrayList<>(spans.size());
    for (int w = 0; w < spans.size(); w++) {
      starts[w] = spans.get(w)[0];
      ends[w] = spans.get(w)[1];
      folded.add(Folded.of(text.substring(starts[w], ends[w])));
    }
    return new Words(text, starts, ends, List.copyOf(folded));
  }

  int size() {
    return starts.length;
  }

  /** The last {@code count} words (all of them if there are fewer). */
  Words last(int count) {
    return from(Math.max(0, size() - count));
  }

  /** The words from the {@code first}th on. */
  Words from(int first) {
    return slice(first, size());
  }

  /** The words from the {@code first}th to before the {@code end}th. */
  Words slice(int first, int end) {
    return new Words(text, java.util.Arrays.copyOfRange(starts, first, end),
        java.util.Arrays.copyOfRange(ends, first, end), folded.subList(first, end));
  }

  /** The {@code w}th word as written. */
  String word(int w) {
    return text.substring(starts[w], ends[w]);
  }

  /** The folded words, joined by single spaces. */
  String folded() {
    return String.join(" ", folded);
  }

  /** The folded words. */
  List<String> foldedWords() {
    return folded;
  }

  /** Which word a position of {@link #folded()} falls in. */
  int wordAt(int position) {
    int word = 0;
    int at = 0;
    for (String f : folded) {
      at += f.length() + 1;
      if (position < at) {
        return word;
      }
      word++;
    }
    return size() - 1;
  }

  /** The words as the text writes them, from the first's start to the last's end, punctuation around trimmed. */
  String written() {
    if (size() == 0) {
      return "";
    }
    return trimmed(text.substring(starts[0], ends[size() - 1]));
  }

  /** {@code text} without the punctuation around it. */
  static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}

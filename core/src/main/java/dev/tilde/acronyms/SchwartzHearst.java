package dev.tilde.acronyms;

/**
 * The matching step of Schwartz and Hearst's algorithm for abbreviation definitions ("A simple algorithm for
 * identifying abbreviation definitions in biomedical text", PSB 2003): the short form's letters and digits are found
 * in the candidate long form in order, the first at the start of a word, and the long form starts at the word that
 * holds the first. Their match takes, from the right, the nearest occurrence of each letter, which reads {@code
 * Doha Development Agenda (DDA)} as {@code Development Agenda} (the second {@code d} inside {@code Agenda}); of the
 * ways to match, this one takes the one with the most letters at the start of a word (or of a part of one after a
 * hyphen), and of those the shortest long form. Both strings are compared as given: callers fold them first.
 */
final class SchwartzHearst {
  private static final int NONE = -1;

  private SchwartzHearst() {}

  /**
   * Where, in {@code candidate}, each character of {@code shortForm} matches, or {@code null} when the short form
   * cannot be read out of {@code candidate}.
   *
   * @param shortForm the short form, folded: letters and digits
   * @param candidate the words before the short form (its sentence, at most a few words), folded
   * @return for each character of {@code shortForm}, its position in {@code candidate}, in increasing order; or
   *     {@code null}
   */
  static int[] match(String shortForm, String candidate) {
    int n = shortForm.length();
    int length = candidate.length();
    if (n == 0 || length == 0) {
      return null;
    }
    // most[s][p]: the most word starts among the matches of shortForm[s..] with shortForm[s] at p (NONE: no match);
    // after[s][p]: the best of most[s][q] for q >= p.
    int[][] most = new int[n][length];
    int[][] after = new int[n][length + 1];
    for (int s = n - 1; s >= 0; s--) {
      after[s][length] = NONE;
      for (int p = length - 1; p >= 0; p--) {
        int rest = s == n - 1 ? 0 : p + 1 <= length ? after[s + 1][p + 1] : NONE;
        boolean fits = candidate.charAt(p) == shortForm.charAt(s) && (s > 0 || startsWord(candidate, p));
        most[s][p] = fits && rest != NONE ? rest + (startsWord(candidate, p) ? 1 : 0) : NONE;
        after[s][p] = Math.max(most[s][p], after[s][p + 1]);
      }
    }
    int[] matches = new int[n];
    int first = NONE;
    for (int p = length - 1; p >= 0; p--) { // ties: the latest start, the shortest long form
      if (most[0][p] > (first == NONE ? NONE : most[0][first])) {
        first = p;
      }
    }
    if (first == NONE) {
      return null;
    }
    matches[0] = first;
    int wanted = most[0][first] - (startsWord(candidate, first) ? 1 : 0);
    for (int s = 1; s < n; s++) {
      int p = matches[s - 1] + 1;
      while (most[s][p] != wanted) {
        p++;
      }
      matches[s] = p;
      wanted -= startsWord(candidate, p) ? 1 : 0;
    }
    return matches;
  }

  /** Whether position {@code p} of {@code text} starts a word, or a part of one after a hyphen or other mark. */
  static boolean startsWord(String text, int p) {
    return p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1));
  }
}

package dev.tilde.query;

import org.apache.lucene.util.automaton.RegExp;

/**
 * What a regular expression in a query may cost to compile, checked before Lucene builds its automaton. Lucene's
 * {@code RegexpQuery} builds a repetition by copying the repeated part ({@code a{50000}{1000}} is 50 million states,
 * gigabytes and a minute before any limit applies) and an intersection as the product of its parts, and its
 * determinization budget bounds neither; so the expression's length and the size of the automaton it asks for are
 * bounded here, for all of a query's expressions together, and determinization gets a budget that a busy two-core
 * machine spends in tens of milliseconds. A query over budget is a syntax error to the query builder: it is read as
 * keywords.
 */
final class RegexpBudget {
  /** Longest expression accepted, in characters (a regular expression of a search rarely needs 50). */
  static final int MAX_LENGTH = 500;
  /** Most automaton states a query's expressions may ask for together, counting each repetition's copies. */
  static final int MAX_STATES = 1_000;
  /** Lucene's determinization work limit for the expression (its default, 10,000, spends up to 0.2 s). */
  static final int DETERMINIZE_WORK_LIMIT = 3_000;

  private RegexpBudget() {}

  /**
   * About how many automaton states {@code regexp} (as typed between the slashes) asks for, at least 1; over {@link
   * #MAX_STATES} when it is longer than {@link #MAX_LENGTH} or does not parse.
   */
  static long states(String regexp) {
    if (regexp.length() > MAX_LENGTH) {
      return MAX_STATES + 1L;
    }
    try {
      // The flags Lucene's query parser compiles with; parsing alone is cheap at this length.
      return Math.max(1, states(new RegExp(regexp, RegExp.ALL)));
    } catch (IllegalArgumentException notARegexp) {
      return MAX_STATES + 1L;
    }
  }

  /**
   * About how many states the automaton of {@code regexp} has before minimization: each repetition multiplies its
   * part, an intersection multiplies its two. Saturates rather than overflows. Recursive: the length bound keeps the
   * tree shallow.
   */
  private static long states(RegExp regexp) {
    return switch (regexp.kind) {
      case REGEXP_UNION, REGEXP_CONCATENATION -> capped(states(regexp.exp1) + states(regexp.exp2));
      case REGEXP_INTERSECTION -> times(states(regexp.exp1), states(regexp.exp2));
      case REGEXP_OPTIONAL, REGEXP_REPEAT, REGEXP_COMPLEMENT, REGEXP_DEPRECATED_COMPLEMENT ->
          capped(states(regexp.exp1) + 1);
      case REGEXP_REPEAT_MIN -> times(states(regexp.exp1), regexp.min + 1L);
      case REGEXP_REPEAT_MINMAX -> times(states(regexp.exp1), Math.max(1L, regexp.max));
      case REGEXP_STRING -> regexp.s.length();
      // A numeric interval <1-99999>: a few states per digit of either bound.
      case REGEXP_INTERVAL -> 10L * (Integer.toString(regexp.max).length() + 1);
      default -> 1;
    };
  }

  private static long times(long a, long b) {
    return a > MAX_STATES || b > MAX_STATES ? MAX_STATES + 1L : capped(a * b);
  }

  private static long capped(long states) {
    return Math.min(states, MAX_STATES + 1L);
  }
}

package dev.tilde.cli.output;

import dev.tilde.why.MatchKind;
import dev.tilde.why.WordMatch;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One short line of how the query's words matched a hit, for {@code tilde search --why}: {@code why: Obrador exact ·
 * Lopez folded (López) · AMLO alias (Andrés Manuel López Obrador)}; the document's words in parentheses where they
 * are not the word as typed. Raw: the caller makes it safe for a terminal ({@link TerminalText#safe}).
 */
final class WhyLine {
  private WhyLine() {}

  /** The line for {@code matches}. */
  static String of(List<WordMatch> matches) {
    return "why: " + matches.stream().map(WhyLine::part).collect(Collectors.joining(" · "));
  }

  private static String part(WordMatch match) {
    String part = match.word() + " " + match.kind().label();
    String written = match.asWritten();
    boolean same = written == null || match.kind() == MatchKind.EXACT
        || written.toLowerCase(Locale.ROOT).equals(match.word().toLowerCase(Locale.ROOT));
    return same ? part : part + " (" + written + ")";
  }
}

package dev.tilde.why;

/**
 * How one typed word matched one hit.
 *
 * @param word the word (or words) as the user typed them
 * @param kind how it matched
 * @param asWritten the document's own words where it matched first, spaces collapsed (control characters are kept:
 *     a terminal must make them safe), or {@code null} when the index cannot tell
 */
public record WordMatch(String word, MatchKind kind, String asWritten) {}

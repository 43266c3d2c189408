package dev.tilde.why;

import java.util.Locale;

/**
 * How a typed word matched a document, best first: the order in which a word's kinds are preferred when it matched in
 * several ways (a typo last, as a typo of a word the index has counts least; {@code migrating} matches "migration"
 * both by its stem and as a typo, and is told as a stem). The labels are what {@code --json} and {@code --why} print;
 * they are kept as they are.
 */
public enum MatchKind {
  /** The document writes the word as typed (case aside). */
  EXACT("exact"),
  /** The document writes the word with other accents or letters that fold to the same ({@code López} for lopez). */
  FOLDED("folded"),
  /** An alias of the typed word or words, from the alias table ({@code AMLO}: Andrés Manuel López Obrador). */
  ALIAS("alias"),
  /** An acronym the index learned from the text, for its long form, or a long form for its acronym. */
  ACRONYM("acronym"),
  /** Another language's form of a given name beside the surname, or a full name for an initial typed. */
  GIVEN_NAME_VARIANT("given-name variant"),
  /** A nickname's full name, or a full name's nickname, beside the surname ({@code Joe}: Joseph). */
  NICKNAME("nickname"),
  /** A word with the same English or Spanish stem ({@code migrating}: migration). */
  STEM("stem"),
  /** A word that sounds like the typed one (a phonetic key). */
  SOUNDS_LIKE("sounds like"),
  /** A word one or two letters away from the typed one. */
  TYPO("typo");


  private final String label;

  MatchKind(String label) {
    this.label = label;
  }

  /** {@return how the kind is printed: lower case, words separated by spaces or hyphens} */
  public String label() {
    return label;
  }

  /**
   * The kind printed as {@code label}.
   *
   * @param label a kind's {@link #label()}
   * @return the kind
   * @throws IllegalArgumentException if no kind prints so
   */
  public static MatchKind ofLabel(String label) {
    for (MatchKind kind : values()) {
      if (kind.label.equals(label.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no match kind " + label);
  }

  @Override
  public String toString() {
    return label;
  }
}

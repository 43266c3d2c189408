package dev.tilde.acronyms;

import java.util.Locale;

/**
 * A short form and the long form a text gives for it, both as the text writes them: {@code PRI} for {@code Partido
 * Revolucionario Institucional}, {@code AMLO} for {@code Andrés Manuel López Obrador}.
 *
 * @param shortForm the acronym
 * @param longForm the words it stands for
 * @param source how the text gives it
 */
public record Acronym(String shortForm, String longForm, Source source) {
  /** How a text gives an acronym's long form. */
  public enum Source {
    /** The text defines it: the long form, then the acronym in parentheses (or the other way round). */
    DEFINED,
    /** The acronym is the initials of a person's full name the text writes. */
    INITIALS;

    /** {@return the source's name as {@code tilde info} prints it: {@code defined}, {@code initials}} */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

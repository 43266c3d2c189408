package dev.tilde.acronyms;

import java.util.List;

/**
 * How an index holds what it learned of acronyms: terms of one field, a document's each, that say which acronym
 * it gives which long form and how, looked up by their beginning. Folded forms (as queries fold words) make the
 * keys; the forms as written ride along for {@code tilde info}.
 *
 * <ul>
 *   <li>{@code def:pri:partido revolucionario institucional:PRI:Partido Revolucionario Institucional} — the document
 *       defines the acronym; its long forms are found from the acronym.
 *   <li>{@code def-of:partido revolucionario institucional:pri} — the same definition, found from the long form.
 *   <li>{@code initials:amlo:andres manuel lopez obrador:AMLO:Andrés Manuel López Obrador} and {@code
 *       initials-of:andres manuel lopez obrador:amlo} — the document writes a person's full name and its initials in
 *       capitals.
 * </ul>
 */
public final class AcronymTerms {
  /** Separates a term's parts: neither an acronym nor a long form within a sentence holds it. */
  static final char SEPARATOR = ':';

  /** What a term says, and of which source. */
  enum Kind {
    /** From the acronym, with the forms as written. */
    FORWARD,
    /** From the long form. */
    BACKWARD
  }

  private AcronymTerms() {}

  /**
   * The two terms that record {@code acronym}.
   *
   * @param acronym the acronym, as written
   * @param foldedShortForm its short form folded ({@code pri})
   * @param foldedLongForm its long form as the words of a folded query, joined by single spaces
   * @return the term found from the acronym, then the one found from the long form
   */
  public static List<String> of(Acronym acronym, String foldedShortForm, String foldedLongForm) {
    return List.of(prefix(acronym.source(), Kind.FORWARD) + foldedShortForm + SEPARATOR + foldedLongForm + SEPARATOR
            + acronym.shortForm() + SEPARATOR + acronym.longForm(),
        prefix(acronym.source(), Kind.BACKWARD) + foldedLongForm + SEPARATOR + foldedShortForm);
  }

  /** The beginning of the terms of {@code source} found from their acronym or long form. */
  static String prefix(Acronym.Source source, Kind kind) {
    String name = source == Acronym.Source.DEFINED ? "def" : "initials";
    return (kind == Kind.FORWARD ? name : name + "-of") + SEPARATOR;
  }

  /** The beginning of the terms that give {@code shortForm} (folded) its long forms from {@code source}. */
  static String longFormsOf(Acronym.Source source, String shortForm) {
    return prefix(source, Kind.FORWARD) + shortForm + SEPARATOR;
  }

  /** The beginning of the terms that give {@code longForm} (folded) its acronyms from {@code source}. */
  static String acronymsOf(Acronym.Source source, String longForm) {
    return prefix(source, Kind.BACKWARD) + longForm + SEPARATOR;
  }

  /**
   * The parts of a term found from its acronym: folded short form, folded long form, short form and long form as
   * written.
   */
  static String[] forwardParts(String term, Acronym.Source source) {
    return term.substring(prefix(source, Kind.FORWARD).length()).split(String.valueOf(SEPARATOR), 4);
  }

  /** The folded acronym a term found from its long form gives. */
  static String backwardAcronym(String term) {
    return term.substring(term.lastIndexOf(SEPARATOR) + 1);
  }

  /** The folded long form a term found from its long form gives. */
  static String backwardLongForm(String term) {
    return term.substring(term.indexOf(SEPARATOR) + 1, term.lastIndexOf(SEPARATOR));
  }
}

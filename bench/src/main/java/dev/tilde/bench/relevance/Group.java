package dev.tilde.bench.relevance;

import java.util.Locale;

/** A group of judged queries: one way of typing one kind of question. Metrics are reported per group. */
public enum Group {
  /** A person's surname alone: {@code Pittella}. */
  NAME_SURNAME("a person's surname alone"),
  /** The surname after the honorific or title the text puts before it most: {@code Mr Pittella}. */
  NAME_TITLE("the surname after a title or honorific"),
  /** Title, given names and surname as the text writes them: {@code Mr Gianni Pittella}. */
  NAME_FULL("title, given names and surname"),
  /** The first given name and the surname: {@code Gianni Pittella}. */
  NAME_GIVEN("first given name and surname"),
  /** Surname first, then the given names: {@code Pittella Gianni}. */
  NAME_REORDERED("surname first, then the given names"),
  /** Given name and surname lower-cased, accents removed: {@code miguel moratinos}. */
  NAME_FOLDED("given name and surname folded"),
  /** The title query in upper case: {@code MR PITTELLA}. */
  NAME_UPPER("title and surname in upper case"),
  /** The title query, possessive: {@code Mr Pittella's}. */
  NAME_POSSESSIVE("title and surname, possessive"),
  /** A hyphenated surname typed with its hyphen, or with a space instead: {@code Oomen-Ruijten}. */
  NAME_HYPHENATED("a hyphenated surname, with the hyphen or a space"),
  /** The title query with one typo in the surname: {@code Mr Pitetlla}. */
  NAME_TYPO("title and surname with one typo"),
  /** The given name in another language and the surname: {@code John Pittella} for Giovanni Pittella. */
  NAME_GIVEN_EQUIVALENT("given name in another language and surname"),
  /** A nickname for the given name, or the full name for a nickname, and the surname: {@code Anthony Blair}. */
  NAME_NICKNAME("nickname or full name for the given name, and surname"),
  /** The given names' initials and the surname: {@code T. Blair}, {@code J.L. Bourlanges}. */
  NAME_INITIALS("initials of the given names and surname"),
  /** A name the text writes with a particle inside, typed without it: {@code Méndez Vigo} for Méndez de Vigo. */
  NAME_PARTICLES("a name without the particle the text writes inside"),
  /** Given names and both surnames, or one of them: {@code Josep Borrell}, {@code Josep Fontelles}. */
  NAME_SURNAMES("given names and both surnames, or only one"),
  /** A name with Portuguese or Catalan letters (French ones too), typed without them: {@code Durao Barroso}. */
  NAME_PORTUGUESE_CATALAN("a name with ã, õ, ç, à, è, ò or ï, typed without them"),
  /** The surname in another spelling said alike in Spanish, that no document holds: {@code Vlair}, {@code Barela}. */
  NAME_SOUND_ALIKE("the surname in a spelling said alike, no document's"),
  /** One word of the subject matter: {@code biodiversity}. */
  TOPIC_WORD("one topic word"),
  /** Two words that stand side by side in the text, unquoted: {@code fishing quotas}. */
  TOPIC_WORDS("two topic words, unquoted"),
  /** Two or three words in quotes: {@code "fishing quotas"}. */
  PHRASE("a quoted phrase"),
  /** A document's unique title typed as written. */
  KNOWN_ITEM("a unique title as written"),
  /** A document's unique title lower-cased, accents removed. */
  KNOWN_ITEM_FOLDED("a unique title folded"),
  /** A document's unique title with its words in another order. */
  KNOWN_ITEM_REORDERED("a unique title, words reordered"),
  /** An acronym the text spells out, typed as the acronym: {@code KLA}. */
  ACRONYM("an acronym the text spells out"),
  /** The long form of an acronym the text spells out: {@code Kosovo Liberation Army}. */
  ACRONYM_LONG_FORM("what an acronym stands for, spelt out");

  private final String description;

  Group(String description) {
    this.description = description;
  }

  /** The group's name in the judgments file and the report: {@code name-surname}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What the group's queries are, in a few words. */
  public String description() {
    return description;
  }

  /** Whether the group asks for one document (a known item), scored by success at rank 1. */
  public boolean knownItem() {
    return name().startsWith("KNOWN_ITEM");
  }

  /** Whether the group asks for a person. */
  public boolean person() {
    return name().startsWith("NAME_");
  }

  /** The group labelled {@code label}. */
  public static Group ofLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}

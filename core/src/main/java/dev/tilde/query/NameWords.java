package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a run typed without quotes, as parts of people's names: titles and honorifics ({@link Honorifics}),
 * given names ({@link GivenNames} and {@link Nicknames}), initials ({@code J.}, {@code J}, {@code A.M.}) and the other
 * words, the surnames. A given name or an initial is one only beside a surname: where every word of the run is one
 * ({@code David Martin}), they are all plain words. Two kinds are names only where they stand as a given name does,
 * before a surname: a letter ({@code J. Smith}, {@code J Smith}, but not {@code plan B}), and a nickname that is also
 * a common word, typed with a capital before a surname typed with one ({@code Bill Clinton}, but not {@code Energy
 * Bill} or {@code Bill payment}).
 */
final class NameWords {
  /** What a word is in a name. */
  enum Kind {
    HONORIFIC, GIVEN_NAME, INITIALS, SURNAME
  }

  /**
   * One typed word.
   *
   * @param folded the word folded as queries are
   * @param kind what it is in a name
   */
  record Word(String folded, Kind kind) {
    /** Whether the word says which person of a surname is meant: a given name or initials. */
    boolean given() {
      return kind == Kind.GIVEN_NAME || kind == Kind.INITIALS;
    }

    /** The letters of initials ({@code a.m}: a, m). */
    List<Character> letters() {
      List<Character> letters = new ArrayList<>();
      for (String letter : folded.split("\\.")) {
        letters.add(letter.charAt(0));
      }
      return letters;
    }
  }

  /** Letters joined by full stops, as the tokenizer keeps them ({@code A.M.} is {@code a.m}). */
  private static final Pattern JOINED_INITIALS = Pattern.compile("[a-z](?:\\.[a-z])+");
  private static final Pattern LETTER = Pattern.compile("[a-z]");

  private final List<Word> words;
  private final List<Word> asName;
  /** The words typed as names are written: with a capital, not in capitals throughout, not starting a sentence. */
  private final Set<String> typedAsNames;

  private NameWords(List<Word> words, List<Word> asName, Set<String> typedAsNames) {
    this.words = List.copyOf(words);
    this.asName = List.copyOf(asName);
    this.typedAsNames = Set.copyOf(typedAsNames);
  }

  /** A typed word as the text has it: folded, and how it was typed. */
  private record Typed(String folded, boolean capital, boolean fullStop, boolean lowerCase) {
    static Typed of(Token token, String text) {
      String written = text.substring(token.startOffset(), token.endOffset());
      return new Typed(token.term(), Character.isUpperCase(written.codePointAt(0)),
          token.endOffset() < text.length() && text.charAt(token.endOffset()) == '.',
          written.codePoints().anyMatch(Character::isLowerCase));
    }

    /** What the word is, wherever it stands. */
    Kind kind() {
      if (Honorifics.contains(folded)) {
        return Kind.HONORIFIC;
      }
      if (JOINED_INITIALS.matcher(folded).matches() || LETTER.matcher(folded).matches() && (capital || fullStop)) {
        return Kind.INITIALS;
      }
      if (GivenNames.contains(folded)
          || Nicknames.contains(folded) && (capital || !Nicknames.alsoCommonWord(folded))) {
        return Kind.GIVEN_NAME;
      }
      return Kind.SURNAME;
    }

    /** Whether the word is a name only before a surname: initials, or a nickname that is also a common word. */
    boolean onlyBeforeSurname() {
      return kind() == Kind.INITIALS || !GivenNames.contains(folded) && Nicknames.alsoCommonWord(folded);
    }
  }

  /** The words of {@code text}, a run typed without quotes, and what each is. */
  static NameWords of(TildeAnalysis analysis, String text) {
    return of(TildeAnalysis.tokens(analysis.foldedAnalyzer(), "", text), text);
  }

  /** The words of {@code text}, a run typed without quotes, whose folded tokens are {@code folded}. */
  static NameWords of(List<Token> folded, String text) {
    List<Typed> typed = new ArrayList<>();
    for (Token token : folded) {
      typed.add(Typed.of(token, text));
    }
    List<Kind> kinds = new ArrayList<>(typed.stream().map(Typed::kind).toList());
    for (int i = 0; i < typed.size(); i++) {
      if (kinds.get(i) != Kind.SURNAME && kinds.get(i) != Kind.HONORIFIC && typed.get(i).onlyBeforeSurname()
          && !beforeSurname(typed, kinds, i)) {
        kinds.set(i, Kind.SURNAME);
      }
    }
    boolean surname = kinds.contains(Kind.SURNAME);
    List<Word> words = new ArrayList<>();
    List<Word> asName = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      Kind kind = kinds.get(i);
      words.add(new Word(typed.get(i).folded(), kind != Kind.HONORIFIC && !surname ? Kind.SURNAME : kind));
      boolean last = i == typed.size() - 1 && i > 0 && kind == Kind.GIVEN_NAME;
      asName.add(surname ? words.get(i) : new Word(typed.get(i).folded(), last ? Kind.SURNAME : kind));
    }
    return new NameWords(words, asName, typedAsNames(typed, kinds));
  }

  /**
   * The words of {@code typed} written as running text writes names ({@link Kind#SURNAME} or {@link
   * Kind#GIVEN_NAME} with a capital, and lower-case letters after it); the first word only where no other is typed
   * in lower case, as a sentence would start ({@code Energy bill}).
   */
  private static Set<String> typedAsNames(List<Typed> typed, List<Kind> kinds) {
    boolean sentence = typed.stream().skip(1).anyMatch(word -> !word.capital() && word.lowerCase());
    Set<String> names = new HashSet<>();
    for (int i = sentence ? 1 : 0; i < typed.size(); i++) {
      Typed word = typed.get(i);
      if (word.capital() && word.folded().length() > 1 && word.lowerCase()
          && (kinds.get(i) == Kind.SURNAME || kinds.get(i) == Kind.GIVEN_NAME)) {
        names.add(word.folded());
      }
    }
    return names;
  }

  /**
   * Whether the given name or initial at {@code i} stands before a surname, across other given names and initials
   * (the last word of the run counts as one if it is a given name: {@code J. Martin}): one typed with a capital,
   * unless {@code i} is an initial typed with a full stop ({@code J. smith}).
   */
  private static boolean beforeSurname(List<Typed> typed, List<Kind> kinds, int i) {
    int next = i + 1;
    while (next < typed.size() && (kinds.get(next) == Kind.GIVEN_NAME || kinds.get(next) == Kind.INITIALS)) {
      next++;
    }
    if (next == typed.size() && next - 1 > i && kinds.get(next - 1) == Kind.GIVEN_NAME) {
      next--;
    } else if (next == typed.size() || kinds.get(next) != Kind.SURNAME) {
      return false;
    }
    return typed.get(next).capital() || kinds.get(i) == Kind.INITIALS && typed.get(i).fullStop();
  }

  /** The typed words in order. */
  List<Word> words() {
    return words;
  }

  /**
   * The typed words in order as a name reads them: as {@link #words}, but where every word is a given name ({@code
   * Dave Thomas}), the last is taken for the surname.
   */
  List<Word> asName() {
    return asName;
  }

  /** Whether {@code folded} was typed as running text writes names ({@code Jerez}, not {@code jerez} or {@code EU}). */
  boolean typedAsName(String folded) {
    return typedAsNames.contains(folded);
  }

  /**
   * Whether {@code folded} is a given name or initials beside a surname; a word that was not typed (an alias's) is one
   * if it is in the table.
   */
  boolean givenName(String folded) {
    for (Word word : words) {
      if (word.folded().equals(folded)) {
        return word.given();
      }
    }
    return GivenNames.contains(folded);
  }
}

package dev.tilde.acronyms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Finds the acronyms a text defines, as Schwartz and Hearst's algorithm reads definitions: a long form followed by
 * its short form in parentheses ({@code Partido Revolucionario Institucional (PRI)}), or a short form followed by
 * its long form ({@code PRI (Partido Revolucionario Institucional)}), the long form drawn from the same sentence and
 * matched letter by letter ({@link SchwartzHearst}). A name whose words its short form takes in another order, as a
 * translated name does ({@code the National Regeneration Movement (Morena)}), is read by {@link ReorderedInitials}.
 *
 * <p>News text puts many things in parentheses that are no acronym (a country, a party, a translation, a speaker's
 * language, a regulation's {@code (EC)}), so a short form must look like one: a single word of 2 to 10 letters or
 * digits, starting with a capital, that has two capitals ({@code PRI}, {@code EUCPN}) or is a capitalised word of 4
 * letters or more ({@code Morena}, {@code Europol}, read only as {@link ReorderedInitials} reads); and the long form
 * must give it its letters as acronyms are made (see {@link #matched}).
 */
public final class DefinitionFinder {
  /** Longest short form, in characters (Schwartz and Hearst's limit). */
  static final int LONGEST_SHORT_FORM = 10;
  /** Most words of a long form given in parentheses. */
  static final int LONGEST_LONG_FORM = 12;
  /** Shortest word of a long form that must give the short form a letter, unless it is a function word. */
  private static final int SHORTEST_GIVING = 3;
  /** How far back from a parenthesis a sentence is looked for, in characters: a long form is near it. */
  private static final int SENTENCE_REACH = 300;
  /** How far a closing parenthesis is looked for, in characters. */
  private static final int PARENTHESIS_REACH = 200;

  private final Predicate<String> functionWord;

  /**
   * A finder that knows the function words of the text's languages.
   *
   * @param functionWord whether a word, as written, is a function word of some language ({@code of}, {@code de},
   *     {@code sugli}, {@code für}), which a long form holds without taking its letter
   */
  public DefinitionFinder(Predicate<String> functionWord) {
    this.functionWord = functionWord;
  }

  /**
   * The acronyms {@code text} defines, in the order it defines them.
   *
   * @param text a title or a body
   * @return the definitions, each {@link Acronym.Source#DEFINED}
   */
  public List<Acronym> definitions(String text) {
    List<Acronym> found = new ArrayList<>();
    for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
      int close = closing(text, open);
      if (close < 0) {
        continue;
      }
      String inside = text.substring(open + 1, close).strip();
      Words before = Words.between(text, sentenceStart(text, open), open);
      Acronym acronym = isShortForm(inside) ? shortFormInParentheses(inside, before)
          : longFormInParentheses(inside, before);
      if (acronym != null) {
        found.add(acronym);
      }
    }
    return found;
  }

  /**
   * {@code Long Form (LF)}: the long form is the last words before the parenthesis that the short form matches, in
   * order or, when that takes letters from inside words and another order takes only first letters ({@code
   * Organizzazione del Trattato del Nord Atlantico (NATO)}, not {@code Nord Atlantico}), in another order.
   */
  private Acronym shortFormInParentheses(String shortForm, Words before) {
    int letters = shortForm.length();
    String folded = Folded.of(shortForm);
    boolean capitals = capitals(shortForm) >= 2;
    LongForm inOrder = capitals ? matched(folded, before.last(Math.min(letters + 5, 2 * letters)), false) : null;
    Words longForm = inOrder == null ? null : inOrder.words();
    if (inOrder == null || inOrder.initials() < folded.length()) {
      Words reordered = ReorderedInitials.longForm(folded, before, capitals);
      longForm = reordered != null ? reordered : longForm;
    }
    return longForm != null ? new Acronym(shortForm, longForm.written(), Acronym.Source.DEFINED) : null;
  }

  /** {@code LF (Long Form)}: the short form is the word before the parenthesis, all capitals, matching all of it. */
  private Acronym longFormInParentheses(String inside, Words before) {
    if (before.size() == 0) {
      return null;
    }
    String shortForm = before.last(1).written();
    Words inParentheses = Words.between(inside, 0, inside.length());
    if (!isShortForm(shortForm) || capitals(shortForm) < 2 || inParentheses.size() > LONGEST_LONG_FORM) {
      return null;
    }
    LongForm longForm = matched(Folded.of(shortForm), inParentheses, true);
    return longForm != null ? new Acronym(shortForm, longForm.words().written(), Acronym.Source.DEFINED) : null;
  }

  /**
   * The long form {@link SchwartzHearst}'s match reads {@code shortForm} (folded) out of at the end of {@code
   * window}, if it is made as acronyms are, which keeps out a phrase that merely holds the letters ({@code règlement
   * (CE)}, {@code con el Reglamento (CEE)}): it has two words or more, and not the short form itself; every word of
   * three letters or more but function words gives the short form a letter; the last word's first letter is in it;
   * and a two-letter short form is the first letters of two capitalised words ({@code African Union (AU)}). With
   * {@code whole}, the long form must be all of {@code window}.
   */
  private LongForm matched(String shortForm, Words window, boolean whole) {
    int[] matches = SchwartzHearst.match(shortForm, window.folded());
    if (matches == null || whole && window.wordAt(matches[0]) != 0) {
      return null;
    }
    int first = window.wordAt(matches[0]);
    Words longForm = window.from(first);
    int size = longForm.size();
    String written = longForm.written();
    if (size < 2 || written.length() <= shortForm.length() || !Character.isLetter(written.charAt(0))
        || longForm.foldedWords().contains(shortForm)) {
      return null;
    }
    boolean[] gives = new boolean[size];
    int initials = 0;
    for (int match : matches) {
      gives[window.wordAt(match) - first] = true;
      initials += SchwartzHearst.startsWord(window.folded(), match) ? 1 : 0;
    }
    for (int w = 0; w < size; w++) {
      String word = longForm.foldedWords().get(w);
      if (!gives[w] && letters(word) >= SHORTEST_GIVING && !functionWord.test(Words.trimmed(longForm.word(w)))) {
        return null;
      }
    }
    String lastWord = Words.trimmed(longForm.foldedWords().get(size - 1));
    if (lastWord.isEmpty() || shortForm.indexOf(lastWord.charAt(0), 1) < 0) {
      return null;
    }
    if (shortForm.length() == 2 && (initials < 2 || size != 2 || !capitalised(longForm.word(0))
        || !capitalised(longForm.word(1)))) {
      return null;
    }
    return new LongForm(longForm, initials);
  }

  /** A long form matched, and how many of the short form's letters start one of its words. */
  private record LongForm(Words words, int initials) {}

  /** Whether {@code word} looks like a short form: see the class's description. */
  static boolean isShortForm(String word) {
    int length = word.length();
    if (length < 2 || length > LONGEST_SHORT_FORM || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (!Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return capitals(word) >= 2 || (length >= 4 && word.substring(1).chars().allMatch(Character::isLowerCase));
  }

  private static int capitals(String word) {
    return (int) word.chars().filter(Character::isUpperCase).count();
  }

  private static boolean capitalised(String word) {
    String letters = Words.trimmed(word);
    return !letters.isEmpty() && Character.isUpperCase(letters.charAt(0));
  }

  private static int letters(String word) {
    return Words.trimmed(word).length();
  }

  /** The closing parenthesis of the one at {@code open}, or -1 when none is near or another opens first. */
  private static int closing(String text, int open) {
    int end = Math.min(text.length(), open + PARENTHESIS_REACH);
    for (int i = open + 1; i < end; i++) {
      char c = text.charAt(i);
      if (c == ')') {
        return i;
      }
      if (c == '(' || blankLineAt(text, i)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Where the sentence holding {@code at} starts: after the last sentence end ({@code .}, {@code !}, {@code ?}
   * followed by a space), colon, semicolon, bracket or blank line before it. Quotation marks are no end: a long
   * form is often quoted ({@code “Small Business Act” (SBA)}).
   */
  static int sentenceStart(String text, int at) {
    int reach = Math.max(0, at - SENTENCE_REACH);
    for (int i = at - 1; i >= reach; i--) {
      char c = text.charAt(i);
      boolean end = (c == '.' || c == '!' || c == '?') && i + 1 < text.length()
          && Character.isWhitespace(text.charAt(i + 1));
      if (end || ";:()[]{}".indexOf(c) >= 0 || blankLineAt(text, i)) {
        return i + 1;
      }
    }
    return reach;
  }

  /** Whether a line break at {@code i} ends a blank line (a paragraph's end): only blanks since the previous one. */
  private static boolean blankLineAt(String text, int i) {
    if (text.charAt(i) != '\n') {
      return false;
    }
    for (int j = i - 1; j >= 0; j--) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }
}

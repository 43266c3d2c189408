package dev.tilde.acronyms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the acronyms a text spells out by writing a name in full and its initials in capitals: {@code AMLO} in a
 * title above {@code Andrés Manuel López Obrador} in the body, {@code KLA} beside {@code Kosovo Liberation Army},
 * {@code ESF} beside {@code Europees Sociaal Fonds}.
 *
 * <p>A name is a run of capitalised words with one space (or line break) between them and nothing else; particles
 * ({@code de}, {@code del}, {@code y}, {@code van}...) may stand inside it and give no initial, and each part of a
 * hyphenated word gives its own ({@code Jean-Claude}). Any three or more of its words in a row whose initials the
 * same text writes as a word in capitals spell that word out; words before them, such as a title or a sentence's
 * first word, are left out. Initials only count written in the same text: measured on Europarl, a name's initials
 * found anywhere in the corpus were another acronym nine times in eleven ({@code IGC}, {@code PNR}, {@code IAS}),
 * while those written beside the name were right.
 */
public final class NameInitials {
  /** Fewest words of a name spelling out initials: two initials are too many other things. */
  static final int FEWEST_WORDS = 3;
  /** Most words of a name spelling out initials. */
  static final int MOST_WORDS = 8;
  /** Shortest word in capitals taken for initials. */
  static final int SHORTEST_CAPITALS = 3;
  /** Longest word in capitals taken for initials. */
  static final int LONGEST_CAPITALS = 10;
  private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "i", "e", "da", "das",
      "do", "dos", "van", "von", "der", "den", "di", "du", "le", "ter", "zu");

  private NameInitials() {}

  /**
   * The names {@code text} writes in full whose initials it also writes in capitals, in order, each once.
   *
   * @param text a document's title and body
   * @return each name with its initials, {@link Acronym.Source#INITIALS}
   */
  public static List<Acronym> in(String text) {
    Set<String> capitals = capitals(text);
    Set<Acronym> found = new LinkedHashSet<>();
    if (capitals.isEmpty()) {
      return List.of();
    }
    List<int[]> run = new ArrayList<>(); // the run's words, [start, end)
    int i = 0;
    while (i < text.length()) {
      int start = i;
      int end = wordEnd(text, start);
      if (end == start) {
        i++;
        continue;
      }
      if (!run.isEmpty() && !oneSpaceBetween(text, run.get(run.size() - 1)[1], start)) {
        spelled(text, run, capitals, found);
        run.clear();
      }
      if (isNameWord(text, start, end) || !run.isEmpty() && isParticle(text, start, end)) {
        run.add(new int[] {start, end});
      } else {
        spelled(text, run, capitals, found);
        run.clear();
      }
      i = end;
    }
    spelled(text, run, capitals, found);
    return List.copyOf(found);
  }

  /** Adds to {@code found} the words of {@code run} in a row whose initials are one of {@code capitals}. */
  private static void spelled(String text, List<int[]> run, Set<String> capitals, Set<Acronym> found) {
    List<int[]> words = run.stream().filter(span -> !PARTICLES.contains(word(text, span))).toList();
    for (int first = 0; first + FEWEST_WORDS <= words.size(); first++) {
      StringBuilder initials = new StringBuilder();
      for (int last = first; last < Math.min(words.size(), first + MOST_WORDS); last++) {
        for (String part : word(text, words.get(last)).split("-")) {
          if (!part.isEmpty()) {
            initials.append(Folded.of(part.substring(0, part.offsetByCodePoints(0, 1))).toUpperCase(Locale.ROOT));
          }
        }
        String written = initials.length() <= LONGEST_CAPITALS ? matching(capitals, initials.toString()) : null;
        if (last - first + 1 >= FEWEST_WORDS && written != null) {
          found.add(new Acronym(written, text.substring(words.get(first)[0], words.get(last)[1]),
              Acronym.Source.INITIALS));
        }
      }
    }
  }

  /** The word of {@code capitals} that is {@code initials} once folded, or {@code null}. */
  private static String matching(Set<String> capitals, String initials) {
    for (String word : capitals) {
      if (word.length() == initials.length() && Folded.of(word).toUpperCase(Locale.ROOT).equals(initials)) {
        return word;
      }
    }
    return null;
  }

  /**
   * The words {@code text} writes in capitals, of 3 to 10 letters, once each in order: the acronyms it uses
   * ({@code AMLO}, {@code NATO}).
   *
   * @param text a title or a body
   * @return the words, as written
   */
  static Set<String> capitals(String text) {
    Set<String> found = new LinkedHashSet<>();
    int i = 0;
    while (i < text.length()) {
      int end = wordEnd(text, i);
      if (end == i) {
        i++;
        continue;
      }
      if (end - i >= SHORTEST_CAPITALS && end - i <= LONGEST_CAPITALS && allCapitals(text, i, end)) {
        found.add(text.substring(i, end));
      }
      i = end;
    }
    return found;
  }

  private static boolean allCapitals(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isUpperCase(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word from {@code start} to {@code end} is written as a name: a capital, then a lower-case letter. */
  private static boolean isNameWord(String text, int start, int end) {
    if (!Character.isUpperCase(text.charAt(start))) {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the word from {@code start} to {@code end} is a particle of a name ({@code de}, {@code van}). */
  private static boolean isParticle(String text, int start, int end) {
    return end - start <= 3 && Character.isLowerCase(text.charAt(start))
        && PARTICLES.contains(text.substring(start, end));
  }

  /**
   * The end of the word starting at {@code start}: letters, with apostrophes and hyphens between letters; an
   * English possessive ({@code 's}) ends it. {@code start} itself when no word starts there.
   */
  private static int wordEnd(String text, int start) {
    if (!Character.isLetter(text.charAt(start)) || start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return start;
    }
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean joiner = (c == '-' || c == '\'' || c == '’') && i + 1 < text.length()
          && Character.isLetter(text.charAt(i + 1));
      if (joiner && c != '-' && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
          && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)))) {
        return i; // Obrador's
      }
      if (!Character.isLetter(c) && !joiner) {
        return i;
      }
      i += joiner ? 2 : 1;
    }
    return i;
  }

  /** Whether the words end at {@code from} and start at {@code to} with one space or line break between them. */
  private static boolean oneSpaceBetween(String text, int from, int to) {
    char c = text.charAt(from);
    return to - from == 1 && (c == ' ' || c == '\u00a0' || c == '\n');
  }

  private static String word(String text, int[] span) {
    return text.substring(span[0], span[1]);
  }
}

package dev.tilde.acronyms;

import java.util.List;

/**
 * Reads a short form out of a name whose words it takes in another order, each word giving its first letter or
 * first few: {@code Morena} from {@code National Regeneration Movement} (Mo-Re-Na, the Spanish name's order,
 * <i>Movimiento Regeneración Nacional</i>), {@code FARC} from {@code Revolutionary Armed Forces of Colombia}. A
 * translated name keeps the original's acronym, which Schwartz and Hearst's match, in order only, cannot read.
 *
 * <p>To keep it to names, the long form is the capitalised words just before the parenthesis (short lower-case
 * words such as {@code of} and {@code de} may stand between them and give nothing), every one of them gives the
 * short form at least its first letter, and the short form is nothing but their beginnings.
 */
final class ReorderedInitials {
  /** Most capitalised words of a long form read in another order. */
  private static final int MOST_WORDS = 6;
  /** Longest word that may stand between capitalised ones and give nothing ({@code of}, {@code de}, {@code for}). */
  private static final int LONGEST_CONNECTOR = 3;
  /** Longest elided word before an apostrophe ({@code l'}, {@code dell'}, {@code dall'}). */
  private static final int LONGEST_ELISION = 5;
  /** Shortest short form read this way: two letters match too many pairs of words by chance. */
  private static final int SHORTEST = 3;

  private ReorderedInitials() {}

  /**
   * The long form at the end of {@code before} that {@code shortForm} takes in some order, or {@code null}: the most
   * capitalised words of the run before the parenthesis whose beginnings make up the short form.
   *
   * @param shortForm the short form, folded
   * @param before the words of the sentence before the parenthesis
   * @param initialsOnly whether each word gives its first letter only, as for a short form in capitals
   * @return the long form's words, or {@code null}
   */
  static Words longForm(String shortForm, Words before, boolean initialsOnly) {
    if (shortForm.length() < SHORTEST) {
      return null;
    }
    int first = before.size();
    int capitalised = 0;
    while (first > 0 && capitalised < MOST_WORDS) {
      String word = before.word(first - 1);
      boolean last = first == before.size();
      if (isCapitalised(word) && (last || Character.isLetterOrDigit(word.charAt(word.length() - 1)))) {
        capitalised++;
      } else if (last || !isConnector(word)) {
        break;
      }
      first--;
    }
    for (int start = first; start < before.size(); start++) {
      Words run = before.from(start);
      List<String> words = capitalisedWords(run);
      if (isCapitalised(run.word(0)) && words.size() >= 2
          && covers(shortForm, 0, words, new boolean[MOST_WORDS], initialsOnly ? 1 : Integer.MAX_VALUE)) {
        return run; // the longest run that covers it: the earliest start
      }
    }
    return null;
  }

  private static List<String> capitalisedWords(Words run) {
    return java.util.stream.IntStream.range(0, run.size()).filter(w -> isCapitalised(run.word(w)))
        .mapToObj(w -> elided(run.foldedWords().get(w))).toList();
  }

  /** {@code word} without an elided article or preposition before it: {@code dell'Organizzazione} is its noun. */
  private static String elided(String word) {
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
    return apostrophe > 0 && apostrophe <= LONGEST_ELISION && apostrophe + 1 < word.length()
        && word.substring(0, apostrophe).chars().allMatch(Character::isLowerCase) ? word.substring(apostrophe + 1)
        : word;
  }

  /**
   * Whether every one of {@code words} gives {@code shortForm} its beginning (at most {@code most} letters), from
   * {@code at} on, in some order.
   */
  private static boolean covers(String shortForm, int at, List<String> words, boolean[] used, int most) {
    if (at == shortForm.length()) {
      for (int w = 0; w < words.size(); w++) {
        if (!used[w]) {
          return false;
        }
      }
      return true;
    }
    for (int w = 0; w < words.size(); w++) {
      if (used[w]) {
        continue;
      }
      String word = words.get(w);
      used[w] = true;
      for (int k = 1; k <= Math.min(most, word.length()) && at + k <= shortForm.length()
          && word.charAt(k - 1) == shortForm.charAt(at + k - 1); k++) {
        if (covers(shortForm, at + k, words, used, most)) {
          return true;
        }
      }
      used[w] = false;
    }
    return false;
  }

  private static boolean isCapitalised(String word) {
    String noun = elided(word);
    return !noun.isEmpty() && Character.isUpperCase(noun.charAt(0));
  }

  private static boolean isConnector(String word) {
    return word.length() <= LONGEST_CONNECTOR && word.chars().allMatch(Character::isLowerCase);
  }
}

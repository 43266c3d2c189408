package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The group of a surname typed in another spelling that Spanish says alike ({@code Vlair} for Blair, {@code Barela}
 * for Varela, {@code Owitt} for Howitt, {@code Pitteya} for Pittella), one no document holds, as a user types a
 * name heard: its answers are the surname's. The spellings come from Spanish spelling's own equivalences, not from
 * Tilde's key: a first letter said alike (b and v, c and k before a, o, u or a consonant, g and j before e or i, s
 * and z, a silent h dropped or added, y and i before a consonant), which typo tolerance never changes; else a letter
 * inside (ll and y, v and b, z and s).
 */
final class SoundAlikeQueries {
  private static final String VOWELS = "aeiou";

  private SoundAlikeQueries() {}

  /** The first respelling of {@code surname} that no document of {@code text} holds; {@code null} if none. */
  static String respelling(String surname, CorpusText text) {
    if (surname.contains("-") || surname.contains(" ")) {
      return null;
    }
    for (String respelt : respellings(surname)) {
      if (text.documentFrequency(Folding.folded(respelt)) == 0) {
        return respelt;
      }
    }
    return null;
  }

  /** The spellings of {@code surname} said alike, a changed first letter's first. */
  static List<String> respellings(String surname) {
    String word = surname.toLowerCase(Locale.ROOT);
    String folded = Folding.folded(word);
    List<String> out = new ArrayList<>();
    char first = folded.charAt(0);
    char next = folded.length() > 1 ? folded.charAt(1) : ' ';
    String rest = word.substring(1);
    boolean soft = next == 'e' || next == 'i';
    switch (first) {
      case 'b' -> out.add("v" + rest);
      case 'v' -> out.add("b" + rest);
      case 'w' -> out.add("v" + rest);
      case 'c' -> {
        if (!soft && next != 'h' && next != 'y') {
          out.add("k" + rest);
        }
      }
      case 'k' -> {
        if (!soft && next != 'y') {
          out.add("c" + rest);
        }
      }
      case 'g' -> {
        if (soft) {
          out.add("j" + rest);
        }
      }
      case 'j' -> {
        if (soft) {
          out.add("g" + rest);
        }
      }
      case 's' -> out.add("z" + rest);
      case 'z' -> out.add("s" + rest);
      case 'h' -> {
        if (VOWELS.indexOf(next) >= 0) {
          out.add(rest);
        }
      }
      case 'y' -> {
        if (VOWELS.indexOf(next) < 0) {
          out.add("i" + rest);
        }
      }
      default -> {
        if (VOWELS.indexOf(first) >= 0) {
          out.add("h" + word);
        }
      }
    }
    for (String[] inside : new String[][] {{"ll", "y"}, {"v", "b"}, {"b", "v"}, {"z", "s"}}) {
      int at = word.indexOf(inside[0], 1);
      if (at > 0) {
        out.add(word.substring(0, at) + inside[1] + word.substring(at + inside[0].length()));
      }
    }
    return out.stream().map(SoundAlikeQueries::capitalised).toList();
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}

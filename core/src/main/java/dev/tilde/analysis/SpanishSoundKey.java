package dev.tilde.analysis;

/**
 * A word's sound as Spanish spells it, for names: two spellings a Spanish speaker says alike get one key. {@code
 * Jerez}, {@code Gerez} and {@code Xerez} are {@code jeres}; {@code Ibarra} and {@code Ybarra} {@code ibara}; {@code
 * Valdés} and {@code Baldés} {@code baldes}; {@code Vázquez} and {@code Vásquez} {@code baskes}; {@code Hernández}
 * and {@code Ernández} {@code ernandes}. The letters that sound alike are merged (b and v; c before e or i, s and z;
 * c, k and qu; g before e or i, j and an initial x; ll, Portuguese lh and y before a vowel; y elsewhere and i;
 * Catalan ny before a vowel and n, as ñ folds to n); h, which Spanish does not sound, is dropped (but for ch);
 * doubled letters count once. Vowels are kept: Spanish sounds every vowel
 * as written, and they keep apart most names that share their consonants.
 */
public final class SpanishSoundKey {
  /**
   * Shortest word given a key, as typo tolerance's: shorter names share their sounds with too many others ({@code
   * Cohn}, {@code Kahn}, {@code Kann}), and a query's word that short is read as typed.
   */
  public static final int SHORTEST = 5;

  private SpanishSoundKey() {}

  /**
   * The key of {@code folded}, a word lower-cased and folded to ASCII.
   *
   * @param folded the word
   * @return its key, or null for a word shorter than {@link #SHORTEST} or with anything but the letters a to z
   */
  public static String of(String folded) {
    if (folded.length() < SHORTEST) {
      return null;
    }
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c < 'a' || c > 'z') {
        return null;
      }
    }
    StringBuilder key = new StringBuilder(folded.length());
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      char next = i + 1 < folded.length() ? folded.charAt(i + 1) : 0;
      char after = i + 2 < folded.length() ? folded.charAt(i + 2) : 0;
      int used = 1;
      String sound;
      switch (c) {
        case 'b', 'v', 'w' -> sound = "b";
        case 'z' -> sound = "s";
        case 'c' -> {
          if (next == 'h') {
            sound = "C"; // ch, its own sound
            used = 2;
          } else {
            sound = softening(next) ? "s" : "k";
          }
        }
        case 'q' -> {
          sound = "k";
          used = next == 'u' ? 2 : 1;
        }
        case 'g' -> {
          if (next == 'u' && softening(after)) {
            sound = "g"; // gue, gui: a hard g
            used = 2;
          } else {
            sound = softening(next) ? "j" : "g";
          }
        }
        case 'x' -> sound = i == 0 ? "j" : "ks"; // Xerez, Ximénez: the old spelling of j
        case 'h' -> sound = "";
        case 'p' -> {
          sound = next == 'h' ? "f" : "p";
          used = next == 'h' ? 2 : 1;
        }
        case 'l' -> {
          // ll, and Portuguese lh before a vowel (Carvalho, Carvallo): the Spanish ll
          boolean palatal = next == 'l' || next == 'h' && vowel(after);
          sound = palatal ? "y" : "l";
          used = palatal ? 2 : 1;
        }
        case 'n' -> {
          // Catalan ny before a vowel is the Spanish ñ, folded to n (Catalunya, Cataluña); Portuguese nh, its h
          // silent, already is
          sound = "n";
          used = next == 'y' && vowel(after) ? 2 : 1;
        }
        case 'y' -> sound = vowel(next) ? "y" : "i";
        default -> sound = String.valueOf(c);
      }
      append(key, sound);
      i += used;
    }
    return key.length() < SHORTEST - 1 ? null : key.toString();
  }

  /** Appends {@code sound} to {@code key}, a consonant doubled counting once (rr, ss, nn; zs once merged). */
  private static void append(StringBuilder key, String sound) {
    int last = key.length() - 1;
    if (sound.length() == 1 && last >= 0 && key.charAt(last) == sound.charAt(0) && !vowel(sound.charAt(0))) {
      return;
    }
    key.append(sound);
  }

  /** Whether {@code c} after c or g makes it soft (ce, ci; ge, gi). */
  private static boolean softening(char c) {
    return c == 'e' || c == 'i' || c == 'y';
  }

  private static boolean vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}

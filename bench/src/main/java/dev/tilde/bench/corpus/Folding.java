package dev.tilde.bench.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the bench compares it, independent of any engine: accents removed, lower-cased, split into words. */
public final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Folding() {}

  /** {@code text} with its accents (combining marks after canonical decomposition) removed, case kept. */
  public static String withoutAccents(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
  }

  /** {@code text} lower-cased with its accents removed: {@code Álvarez} is {@code alvarez}. */
  public static String folded(String text) {
    return withoutAccents(text.toLowerCase(Locale.ROOT));
  }

  /**
   * The folded words of {@code text}: runs of letters and digits; everything else (spaces, punctuation, hyphens,
   * apostrophes) separates words, so {@code Oomen-Ruijten's} is {@code oomen ruijten s}.
   */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(folded(text))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }
}

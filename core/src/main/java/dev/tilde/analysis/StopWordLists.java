package dev.tilde.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The stop-word lists Lucene's analysis-common ships, one per language, merged into one look-up: each word maps to a
 * bit per language whose list holds it.
 *
 * <p>Left out: Thai (its words are not separated by spaces, so no word of a text can be looked up), Hindi, Nepali,
 * Bengali, Tamil and Telugu (their vowel signs are marks, not letters, so the detector's words end at them), the
 * Brazilian list (Portuguese has one), the CJK list (English words), and Norwegian, whose list takes one Danish text
 * in twenty for its own.
 */
final class StopWordLists {
  /** How a list file is written: Snowball's ({@code |} comments, several words a line) or one word a line. */
  private enum Format { SNOWBALL, PLAIN }

  /**
   * One language: its ISO 639-1 code, where its list is (relative to {@code org/apache/lucene/analysis/}), and whether
   * text found to be in it is recorded with that code or as undetermined.
   */
  private record Language(String code, String path, Format format, boolean recorded) {}

  /**
   * Snowball's ten languages are told apart reliably and recorded as themselves. The others are recognised only so
   * that their text is not taken for one of those ten: they are recorded as undetermined, because some cannot be
   * told from neighbours Lucene has no list for (Polish, Slovak and Slovene text reads as Czech or Estonian). Ties go
   * to the first, so English and Spanish come first, then the languages close to them.
   */
  private static final List<Language> LANGUAGES = List.of(
      snowball("en", "english"), snowball("es", "spanish"), snowball("pt", "portuguese"),
      snowball("it", "italian"), snowball("fr", "french"), snowball("de", "german"), snowball("nl", "dutch"),
      snowball("da", "danish"), snowball("sv", "swedish"), snowball("fi", "finnish"),
      plain("ca", "ca"), plain("gl", "gl"), plain("et", "et"), other("hu", "snowball/hungarian_stop.txt",
          Format.SNOWBALL), plain("ro", "ro"), plain("cs", "cz"), plain("lv", "lv"), plain("lt", "lt"),
      plain("sr", "sr"), plain("tr", "tr"), other("ga", "snowball/irish_stop.txt", Format.SNOWBALL),
      plain("eu", "eu"), plain("id", "id"), plain("el", "el"), plain("bg", "bg"),
      other("ru", "snowball/russian_stop.txt", Format.SNOWBALL), plain("hy", "hy"), plain("ar", "ar"),
      plain("fa", "fa"), plain("ckb", "ckb"));

  /** What is recorded when each language wins, in the order of their bits: its code, or {@code und}. */
  static final String[] RECORDED = LANGUAGES.stream()
      .map(language -> language.recorded() ? language.code() : LanguageDetector.UNDETERMINED)
      .toArray(String[]::new);
  /** Every word of every list with a bit per language it belongs to; the map ignores case. */
  static final CharArrayMap<Long> LANGUAGES_OF_WORD = load();

  private StopWordLists() {}

  /** One of the ten languages recorded as themselves, all with a Snowball list. */
  private static Language snowball(String code, String name) {
    return new Language(code, "snowball/" + name + "_stop.txt", Format.SNOWBALL, true);
  }

  /** A language recognised only to keep it out, its list one word a line in the directory named after it. */
  private static Language plain(String code, String dir) {
    return other(code, dir + "/stopwords.txt", Format.PLAIN);
  }

  private static Language other(String code, String path, Format format) {
    return new Language(code, path, format, false);
  }

  private static CharArrayMap<Long> load() {
    CharArrayMap<Long> languagesOfWord = new CharArrayMap<>(8192, true);
    for (int lang = 0; lang < LANGUAGES.size(); lang++) {
      for (Object word : words(LANGUAGES.get(lang))) {
        char[] chars = (char[]) word;
        if (!isWord(chars)) {
          continue; // Estonian's "killadi|-kolladi": the detector's words are letters only, so it never matches
        }
        Long others = languagesOfWord.get(chars, 0, chars.length);
        languagesOfWord.put(chars, (others == null ? 0L : others) | 1L << lang);
      }
    }
    return CharArrayMap.unmodifiableMap(languagesOfWord);
  }

  /** Letters and apostrophes, as the detector reads a word. */
  private static boolean isWord(char[] chars) {
    for (char c : chars) {
      if (!Character.isLetter(c) && c != '\'') {
        return false;
      }
    }
    return true;
  }

  private static CharArraySet words(Language language) {
    String resource = "/org/apache/lucene/analysis/" + language.path();
    try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing word list " + resource);
      }
      Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
      return language.format() == Format.SNOWBALL
          ? WordlistLoader.getSnowballWordSet(reader)
          : WordlistLoader.getWordSet(reader, "#");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}

package dev.tilde.analysis;

import dev.tilde.schema.TildeDocument;

/**
 * Tells which language a document is written in, from how many of its words are that language's stop words.
 *
 * <p>Function words ("the", "de", "que", "und") make up a third of any running text and differ between languages,
 * which makes them a reliable signal on news-length text. The word lists are the ones Lucene ships
 * ({@link StopWordLists}). English and Spanish are what Tilde stems; the other languages are recognised so that their
 * text is not mistaken for either (Portuguese {@code ano} is not Spanish {@code año}) and is left unstemmed. Eight of
 * them are recorded by their code (da, de, fi, fr, it, nl, pt, sv); the rest (Romanian, Czech, Hungarian, Greek...) as
 * {@link #UNDETERMINED}, since Tilde cannot tell some of them from their neighbours.
 */
public final class LanguageDetector {
  /** The code recorded when no language stands out. */
  public static final String UNDETERMINED = "und";

  /** Words read at most: the start of a document says as much as the whole of it. */
  private static final int MAX_WORDS = 400;
  /** Below this share of stop words the text is too short or too odd to say. */
  private static final double MIN_SHARE = 0.08;

  /** What each language is recorded as, in the order of their bits in {@link StopWordLists#LANGUAGES_OF_WORD}. */
  private static final String[] LANGUAGES = StopWordLists.RECORDED;
  /** Characters in the longest stop word: a longer word needs no look-up. */
  private static final int LONGEST_WORD = longestWord();

  private LanguageDetector() {}

  /**
   * The language {@code doc} is indexed as: the one it declares, else the one detected from its title and body.
   *
   * @param doc the document
   * @return an ISO 639-1 code, or {@link #UNDETERMINED}
   */
  public static String languageOf(TildeDocument doc) {
    return doc.lang() != null ? doc.lang() : detect(doc.title(), doc.body());
  }

  /**
   * The ISO 639-1 code of {@code text}'s language, or {@link #UNDETERMINED}.
   *
   * @param text the text; only its first {@value #MAX_WORDS} words are read
   * @return an ISO 639-1 code, or {@link #UNDETERMINED}
   */
  public static String detect(String text) {
    return detect(text, "");
  }

  /**
   * The language of a title and a body read as one text, the title a line above the body (as {@code detect(title +
   * "\n" + body)} reads them), without joining them: a document's body can be megabytes, of which only the first
   * {@value #MAX_WORDS} words are read.
   *
   * @param title the title, possibly empty
   * @param body the body
   * @return an ISO 639-1 code, or {@link #UNDETERMINED}
   */
  public static String detect(String title, String body) {
    Counts counts = new Counts();
    counts.read(title);
    counts.read(body);
    return counts.language();
  }

  /** Words read so far and, per language, how many of them are its stop words. */
  private static final class Counts {
    private final int[] hits = new int[LANGUAGES.length];
    /** The word being looked up: the map reads a char array without the wrapper a CharSequence would need. */
    private final char[] word = new char[LONGEST_WORD];
    private int words;

    /** Reads {@code text}'s words until {@value LanguageDetector#MAX_WORDS} in all; a word never spans two texts. */
    void read(String text) {
      int i = 0;
      int n = text.length();
      while (i < n && words < MAX_WORDS) {
        while (i < n && !Character.isLetter(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) {
          i++;
        }
        if (i > start) {
          words++;
          count(text, start, i);
        }
      }
    }

    private void count(String text, int start, int end) {
      int length = end - start;
      if (length > word.length) {
        return; // longer than every stop word, so none of them
      }
      text.getChars(start, end, word, 0);
      Long languages = StopWordLists.LANGUAGES_OF_WORD.get(word, 0, length);
      for (long bits = languages == null ? 0L : languages; bits != 0; bits &= bits - 1) {
        hits[Long.numberOfTrailingZeros(bits)]++;
      }
    }

    String language() {
      String best = UNDETERMINED;
      int bestHits = 0;
      for (int lang = 0; lang < LANGUAGES.length; lang++) {
        if (hits[lang] > bestHits) {
          best = LANGUAGES[lang];
          bestHits = hits[lang];
        }
      }
      return words > 0 && bestHits >= MIN_SHARE * words ? best : UNDETERMINED;
    }
  }

  private static int longestWord() {
    int longest = 0;
    for (Object word : StopWordLists.LANGUAGES_OF_WORD.keySet()) {
      longest = Math.max(longest, ((char[]) word).length);
    }
    return longest;
  }
}

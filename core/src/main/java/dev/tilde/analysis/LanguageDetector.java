package dev.tilde.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Tells which language a document is written in, from how many of its words are that language's stop words.
 *
 * <p>Function words ("the", "de", "que", "und") make up a third of any running text and differ between languages,
 * which makes them a reliable signal on news-length text. The word lists are Snowball's, shipped inside Lucene.
 * English and Spanish are what Tilde stems; the other languages are recognised so that their text is not mistaken
 * for either (Portuguese {@code ano} is not Spanish {@code año}) and is left unstemmed.
 */
public final class LanguageDetector {
  /** The code recorded when no language stands out. */
  public static final String UNDETERMINED = "und";

  /** Words read at most: the start of a document says as much as the whole of it. */
  private static final int MAX_WORDS = 400;
  /** Below this share of stop words the text is too short or too odd to say. */
  private static final double MIN_SHARE = 0.08;

  private static final Map<String, String> SNOWBALL_LISTS = snowballLists();
  private static final Map<String, CharArraySet> STOP_WORDS = load();

  private LanguageDetector() {}

  /** The ISO 639-1 code of {@code text}'s language, or {@link #UNDETERMINED}. */
  public static String detect(String text) {
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
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
        String word = text.substring(start, i).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, CharArraySet> lang : STOP_WORDS.entrySet()) {
          if (lang.getValue().contains(word)) {
            hits.merge(lang.getKey(), 1, Integer::sum);
          }
        }
      }
    }
    String best = UNDETERMINED;
    int bestHits = 0;
    for (Map.Entry<String, Integer> e : hits.entrySet()) {
      if (e.getValue() > bestHits || (e.getValue() == bestHits && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestHits = e.getValue();
      }
    }
    return words > 0 && bestHits >= MIN_SHARE * words ? best : UNDETERMINED;
  }

  private static Map<String, String> snowballLists() {
    Map<String, String> lists = new LinkedHashMap<>();
    lists.put("da", "danish");
    lists.put("de", "german");
    lists.put("en", "english");
    lists.put("es", "spanish");
    lists.put("fi", "finnish");
    lists.put("fr", "french");
    lists.put("it", "italian");
    lists.put("nl", "dutch");
    lists.put("pt", "portuguese");
    lists.put("sv", "swedish");
    return lists;
  }

  private static Map<String, CharArraySet> load() {
    Map<String, CharArraySet> sets = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : SNOWBALL_LISTS.entrySet()) {
      String resource = e.getValue() + "_stop.txt";
      try (InputStream in = SnowballFilter.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing word list " + resource);
        }
        sets.put(e.getKey(), CharArraySet.unmodifiableSet(
            WordlistLoader.getSnowballWordSet(new InputStreamReader(in, StandardCharsets.UTF_8))));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return sets;
  }
}

package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group of names written with Portuguese or Catalan letters ({@code ã}, {@code õ}, {@code ç}, {@code à},
 * {@code è}, {@code ò}, {@code ï}, {@code l·l}), typed without them as most keyboards type them: {@code Durao
 * Barroso} for Durão Barroso, {@code Gasoliba i Bohm} for Gasòliba i Böhm. A name is two capitalised words the text
 * never writes in lower case, or two joined by Catalan's {@code i} or Portuguese's {@code e}, no title among them;
 * relevant, the documents that hold it, folded. Names held by the most documents first.
 */
final class LetterQueries {
  static final int PER_GROUP = 25;
  /** Every two capitalised words in a row, overlapping, or two joined by {@code i} or {@code e}. */
  private static final Pattern NAME = Pattern.compile("(?<![\\p{L}-])(?=((\\p{Lu}[\\p{Ll}·]+)\\s+(?:[ie]\\s+)?"
      + "(\\p{Lu}[\\p{Ll}·]+))(?![\\p{L}-]))");
  private static final Pattern LETTERS = Pattern.compile("[ãõçàèòïŀ·]");

  private LetterQueries() {}

  /** The group's judgments over {@code text}. */
  static List<Judgment> judgments(CorpusText text, PersonFinder finder) {
    Map<List<String>, String> names = new LinkedHashMap<>();
    for (CorpusDocument doc : text.documents()) {
      Matcher m = NAME.matcher(doc.body());
      while (m.find()) {
        String name = m.group(1);
        if (LETTERS.matcher(name).find() && name(finder, m.group(2)) && name(finder, m.group(3))) {
          names.putIfAbsent(Folding.words(name), Folding.withoutAccents(name));
        }
      }
    }
    return names.entrySet().stream()
        .map(name -> new Judgment(Group.NAME_PORTUGUESE_CATALAN, name.getValue(), text.withRun(name.getKey())))
        .sorted(Comparator.comparing((Judgment j) -> -j.relevant().size()).thenComparing(Judgment::query))
        .limit(PER_GROUP).toList();
  }

  private static boolean name(PersonFinder finder, String word) {
    return finder.onlyCapitalised(word) && !PersonFinder.TITLES.contains(word)
        && !PersonFinder.NOT_GIVEN_NAMES.contains(word) && word.length() > 2
        && !word.toLowerCase(Locale.ROOT).equals(word);
  }
}

package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corpus as the ground truth sees it: each document's title and body as folded words ({@link Folding#words}),
 * and which documents hold a word. A document holds a run of words when its title or its body has them side by
 * side in that order; nothing of any engine's analysis (stems, synonyms, typos) takes part.
 */
public final class CorpusText {
  private static final int[] NONE = {};

  private final List<CorpusDocument> docs;
  private final List<String[]> titles = new ArrayList<>();
  private final List<String[]> bodies = new ArrayList<>();
  private final Map<String, int[]> postings;

  /** The text of {@code docs}, indexed. */
  public CorpusText(List<CorpusDocument> docs) {
    this.docs = List.copyOf(docs);
    Map<String, List<Integer>> building = new HashMap<>();
    for (int d = 0; d < docs.size(); d++) {
      String[] title = Folding.words(docs.get(d).title()).toArray(String[]::new);
      String[] body = Folding.words(docs.get(d).body()).toArray(String[]::new);
      titles.add(title);
      bodies.add(body);
      Set<String> seen = new LinkedHashSet<>(Arrays.asList(title));
      seen.addAll(Arrays.asList(body));
      for (String word : seen) {
        building.computeIfAbsent(word, w -> new ArrayList<>()).add(d);
      }
    }
    postings = new HashMap<>();
    building.forEach((word, list) -> postings.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The documents, in corpus order. */
  public List<CorpusDocument> documents() {
    return docs;
  }

  /** The number of documents holding the folded word {@code word}. */
  public int documentFrequency(String word) {
    return postings.getOrDefault(word, NONE).length;
  }

  /** The ids of the documents holding every word of {@code words} (folded), anywhere, in corpus order. */
  public List<String> withAll(List<String> words) {
    List<String> ids = new ArrayList<>();
    for (int d : candidates(words)) {
      ids.add(docs.get(d).id());
    }
    return ids;
  }

  /** The ids of the documents holding the folded words {@code words} side by side in order, in corpus order. */
  public List<String> withRun(List<String> words) {
    List<String> ids = new ArrayList<>();
    for (int d : candidates(words)) {
      if (hasRun(titles.get(d), words) || hasRun(bodies.get(d), words)) {
        ids.add(docs.get(d).id());
      }
    }
    return ids;
  }

  /** The ids of the documents holding any of {@code runs} ({@link #withRun}), in corpus order. */
  public List<String> withAnyRun(List<List<String>> runs) {
    Set<String> any = new HashSet<>();
    runs.forEach(run -> any.addAll(withRun(run)));
    return docs.stream().map(CorpusDocument::id).filter(any::contains).toList();
  }

  /** The folded body of document {@code d}. */
  List<String> bodyWords(int d) {
    return List.of(bodies.get(d));
  }

  private int[] candidates(List<String> words) {
    int[] result = null;
    for (String word : words) {
      int[] docsOfWord = postings.getOrDefault(word, NONE);
      result = result == null ? docsOfWord : intersection(result, docsOfWord);
    }
    return result == null ? NONE : result;
  }

  private static int[] intersection(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (a[i] == b[j]) {
        out[n++] = a[i];
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Whether {@code words} occur side by side, in order, in {@code text}. */
  private static boolean hasRun(String[] text, List<String> words) {
    outer:
    for (int i = 0; i + words.size() <= text.length; i++) {
      for (int k = 0; k < words.size(); k++) {
        if (!text[i + k].equals(words.get(k))) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}

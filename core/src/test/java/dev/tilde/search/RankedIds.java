package dev.tilde.search;

import dev.tilde.TildeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What a search returns, as the name tests compare it with the answers a {@link FoldedCorpus} gives. */
final class RankedIds {
  private RankedIds() {}

  /** The ids of {@code query}'s first {@code limit} hits, best first. */
  static List<String> of(TildeIndex index, String query, int limit) {
    return index.search(query, SearchOptions.defaults().withLimit(limit).withSnippets(0)).hits().stream()
        .map(Hit::id).toList();
  }

  /** The snippets of {@code query}'s first {@code limit} hits, matches between {@code <mark>} tags, a line each. */
  static String marked(TildeIndex index, String query, int limit) {
    return index.search(query, limit).hits().stream()
        .flatMap(hit -> hit.snippets().stream().map(s -> s.marked("<mark>", "</mark>")))
        .collect(Collectors.joining("\n"));
  }

  /**
   * Whether {@code ranked} holds every document of {@code first} and of {@code second}, every one of {@code first}
   * above every one of {@code second}, and with {@code othersLast} both above every other document.
   */
  static boolean inLayers(List<String> ranked, Set<String> first, Set<String> second, boolean othersLast) {
    List<Integer> layers = new ArrayList<>();
    for (String id : ranked) {
      if (othersLast || first.contains(id) || second.contains(id)) {
        layers.add(first.contains(id) ? 0 : second.contains(id) ? 1 : 2);
      }
    }
    for (int i = 1; i < layers.size(); i++) {
      if (layers.get(i) < layers.get(i - 1)) {
        return false;
      }
    }
    return ranked.containsAll(first) && ranked.containsAll(second);
  }
}

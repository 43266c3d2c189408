package dev.tilde.search;

import dev.tilde.schema.TildeDocument;
import dev.tilde.why.WordMatch;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One ranked search result.
 *
 * @param id the document's stable id
 * @param path where the document came from
 * @param title the document's title
 * @param date when it was published, or {@code null} when unknown
 * @param lang its language code, or {@code null} when unknown
 * @param score the relevance score (higher is better)
 * @param snippets the best passages of the body, best first
 * @param source who published it, or {@code null} when unknown
 * @param extra the document's further fields (NDJSON {@code --extra-field}s), by name without the {@code extra.}
 *     prefix; empty when it has none
 * @param matches how the query's words matched it (each typed word once, as its best kind), when the search was
 *     asked why ({@link SearchOptions#why()}); else empty
 */
public record Hit(String id, String path, String title, LocalDate date, String lang, float score,
    List<Snippet> snippets, String source, Map<String, String> extra, List<WordMatch> matches) {
  /**
   * Keeps its own copies of {@code snippets}, {@code extra} and {@code matches} (none when {@code null}), the fields
   * by name.
   */
  public Hit {
    snippets = List.copyOf(snippets);
    extra = extra == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(extra));
    matches = matches == null ? List.of() : List.copyOf(matches);
  }

  /**
   * A hit that does not say why it matched.
   *
   * @param id the document's stable id
   * @param path where the document came from
   * @param title the document's title
   * @param date when it was published, or {@code null} when unknown
   * @param lang its language code, or {@code null} when unknown
   * @param score the relevance score (higher is better)
   * @param snippets the best passages of the body, best first
   * @param source who published it, or {@code null} when unknown
   * @param extra the document's further fields, by name without the {@code extra.} prefix
   */
  public Hit(String id, String path, String title, LocalDate date, String lang, float score,
      List<Snippet> snippets, String source, Map<String, String> extra) {
    this(id, path, title, date, lang, score, snippets, source, extra, List.of());
  }

  /**
   * This hit, saying how the query's words matched it.
   *
   * @param matches how each typed word matched, best kind per word
   * @return the hit with those
   */
  public Hit withMatches(List<WordMatch> matches) {
    return new Hit(id, path, title, date, lang, score, snippets, source, extra, matches);
  }

  /**
   * A hit with no source and no further fields known.
   *
   * @param id the document's stable id
   * @param path where the document came from
   * @param title the document's title
   * @param date when it was published, or {@code null} when unknown
   * @param lang its language code, or {@code null} when unknown
   * @param score the relevance score (higher is better)
   * @param snippets the best passages of the body, best first
   */
  public Hit(String id, String path, String title, LocalDate date, String lang, float score, List<Snippet> snippets) {
    this(id, path, title, date, lang, score, snippets, null, Map.of());
  }

  /**
   * The hit for {@code doc}, as its stored fields give it back, with its score and snippets.
   *
   * @param doc the document, read back from the index
   * @param score its relevance score
   * @param snippets its best passages, best first
   * @return the hit
   */
  public static Hit of(TildeDocument doc, float score, List<Snippet> snippets) {
    return new Hit(doc.id(), doc.path(), doc.title(), doc.date(), doc.lang(), score, snippets, doc.source(),
        doc.extra());
  }
}

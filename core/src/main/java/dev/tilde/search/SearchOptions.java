package dev.tilde.search;

import dev.tilde.TildeException;
import dev.tilde.schema.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * How to run one search: which page of hits, which fields, which documents, in what order, with how many snippets.
 *
 * <p>Start from {@link #defaults()} and change what you need; every {@code with…} method returns a new value:
 *
 * <pre>{@code
 * SearchOptions options = SearchOptions.defaults().withLimit(5).withLang("es").withSince(LocalDate.of(2021, 6, 1));
 * }</pre>
 *
 * @param limit how many hits to return, at least 1
 * @param offset how many of the best hits to skip first, for paging
 * @param fields the fields the query searches, a non-empty subset of {@link Schema#SEARCHED_FIELDS}; a query's own
 *     {@code field:word} syntax still reaches other fields
 * @param lang only documents in this language (ISO 639-1, such as {@code es}), or {@code null} for any
 * @param since only documents dated on or after this day, or {@code null}; undated documents never match a date filter
 * @param until only documents dated on or before this day, or {@code null}
 * @param sortBy the order of the hits
 * @param snippets how many highlighted passages each hit carries, 0 for none
 * @param timeout how long the whole search may take (expanding typos and patterns into terms, collecting,
 *     highlighting, looking for a suggestion): past it, the search returns what it found by then, marked as timed
 *     out, or {@code null} to wait for all
 * @param why whether each hit says how the query's words matched it ({@link Hit#matches()}); off, a search pays
 *     nothing for it
 */
public record SearchOptions(
    int limit,
    int offset,
    List<String> fields,
    String lang,
    LocalDate since,
    LocalDate until,
    SortBy sortBy,
    int snippets,
    Duration timeout,
    boolean why) {
  /** Hits returned unless the caller asks otherwise. */
  public static final int DEFAULT_LIMIT = 10;
  /** Passages shown per hit unless the caller asks otherwise. */
  public static final int DEFAULT_SNIPPETS = 2;

  private static final SearchOptions DEFAULTS =
      new SearchOptions(DEFAULT_LIMIT, 0, List.of(Schema.SEARCHED_FIELDS), null, null, null, SortBy.RELEVANCE,
          DEFAULT_SNIPPETS, null, false);

  /** The order of hits. */
  public enum SortBy {
    /** Best match first (the default). */
    RELEVANCE,
    /** Newest first; undated documents last, ties broken by relevance. */
    DATE
  }

  /** Checks the values; each mistake is reported as a {@link TildeException} with a one-line message. */
  public SearchOptions {
    if (limit < 1) {
      throw new TildeException("limit must be at least 1, got " + limit);
    }
    if (offset < 0) {
      throw new TildeException("offset must not be negative, got " + offset);
    }
    if (fields == null || fields.isEmpty()) {
      throw new TildeException("search at least one field: " + String.join(" or ", Schema.SEARCHED_FIELDS));
    }
    fields = List.copyOf(fields.stream().distinct().toList());
    for (String field : fields) {
      if (!List.of(Schema.SEARCHED_FIELDS).contains(field)) {
        throw new TildeException(
            "cannot search field '" + field + "': use " + String.join(" or ", Schema.SEARCHED_FIELDS));
      }
    }
    if (lang != null) {
      lang = lang.strip().toLowerCase(Locale.ROOT);
      if (lang.isEmpty()) {
        lang = null;
      }
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new TildeException("since (" + since + ") is after until (" + until + ")");
    }
    if (sortBy == null) {
      throw new TildeException("sort order missing");
    }
    if (snippets < 0) {
      throw new TildeException("snippets must not be negative, got " + snippets);
    }
    if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
      throw new TildeException("timeout must be positive, got " + timeout);
    }
  }

  /**
   * Options without {@code why} (the constructor from before hits said why they matched).
   *
   * @param limit how many hits to return, at least 1
   * @param offset how many of the best hits to skip first
   * @param fields the fields the query searches
   * @param lang only documents in this language, or {@code null} for any
   * @param since only documents dated on or after this day, or {@code null}
   * @param until only documents dated on or before this day, or {@code null}
   * @param sortBy the order of the hits
   * @param snippets how many highlighted passages each hit carries
   * @param timeout how long the whole search may take, or {@code null}
   */
  public SearchOptions(int limit, int offset, List<String> fields, String lang, LocalDate since, LocalDate until,
      SortBy sortBy, int snippets, Duration timeout) {
    this(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, false);
  }

  /**
   * {@return ten hits from the top, title and body searched, every document, by relevance, two snippets each, no
   * timeout}
   */
  public static SearchOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns at most {@code limit} hits, at least 1.
   *
   * @param limit the most hits to return
   * @return options like these but for that
   */
  public SearchOptions withLimit(int limit) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Skips the {@code offset} best hits first, for the next pages.
   *
   * @param offset how many of the best hits to skip
   * @return options like these but for that
   */
  public SearchOptions withOffset(int offset) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Searches only {@code fields} (each one of {@link Schema#SEARCHED_FIELDS}).
   *
   * @param fields the fields, at least one
   * @return options like these but for the fields
   */
  public SearchOptions withFields(String... fields) {
    return new SearchOptions(limit, offset, List.of(fields), lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Finds only documents in {@code lang} (ISO 639-1, such as {@code es}); {@code null} or blank for any.
   *
   * @param lang the language, or {@code null}
   * @return options like these but for that
   */
  public SearchOptions withLang(String lang) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Finds only documents dated on or after {@code since}; {@code null} for no lower bound.
   *
   * @param since the first day, or {@code null}
   * @return options like these but for that
   */
  public SearchOptions withSince(LocalDate since) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Finds only documents dated on or before {@code until}; {@code null} for no upper bound.
   *
   * @param until the last day, or {@code null}
   * @return options like these but for that
   */
  public SearchOptions withUntil(LocalDate until) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Orders the hits by {@code sortBy}.
   *
   * @param sortBy the order
   * @return options like these but for that
   */
  public SearchOptions withSortBy(SortBy sortBy) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Gives each hit at most {@code snippets} highlighted passages, 0 for none.
   *
   * @param snippets the most passages per hit
   * @return options like these but for that
   */
  public SearchOptions withSnippets(int snippets) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Bounds the whole search by {@code timeout}; {@code null} to wait for all.
   *
   * @param timeout how long the search may take, or {@code null}
   * @return options like these but for that
   */
  public SearchOptions withTimeout(Duration timeout) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }

  /**
   * Has each hit say how the query's words matched it ({@link Hit#matches()}), or not (the default).
   *
   * @param why whether to say why each hit matched
   * @return options like these but for that
   */
  public SearchOptions withWhy(boolean why) {
    return new SearchOptions(limit, offset, fields, lang, since, until, sortBy, snippets, timeout, why);
  }
}

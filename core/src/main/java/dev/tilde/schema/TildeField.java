package dev.tilde.schema;

import java.util.function.Function;

/**
 * The fields of a Tilde index, as one table: each field's name, how it is indexed and stored, which analysis chain
 * reads it, and where its value comes from. The Lucene document, the stored-fields round trip, the content hash, the
 * analysis per field and the OpenSearch mapping are all derived from it, so adding a field is one line here (and,
 * for a new part of a document, a component of {@link TildeDocument}). Besides these, each {@link
 * TildeDocument#extra()} value is a {@link Kind#KEYWORD} named {@link Schema#EXTRA_PREFIX} + its key.
 */
public enum TildeField {
  /** The document's id as the user gave it (a path, an NDJSON id), shown in results; exact match only. */
  ID("id", Kind.IDENTITY, null, TildeDocument::id),
  /**
   * The document's identity for updates and deletes: its id within its {@link IdNamespace} ({@link
   * TildeDocument#key()}), so that a file and an NDJSON line never replace each other's documents; exact match.
   */
  KEY("key", Kind.IDENTITY, null, TildeDocument::key),
  /**
   * Where the document came from (a file, an NDJSON file, {@code <stdin>}); stored for display, with doc values so an
   * indexing job can tell which documents came from its inputs without reading stored text.
   */
  PATH("path", Kind.DISPLAY, null, TildeDocument::path),
  /** The title; analysed, stored, boosted at query time. */
  TITLE("title", Kind.TEXT, "text", TildeDocument::title),
  /** The text; analysed and stored. */
  BODY("body", Kind.TEXT, "text", TildeDocument::body),
  /** The body stemmed as English; indexed (with offsets, for highlighting) only for English documents. */
  BODY_EN("body_en", Kind.STEMMED_BODY, "english", null, "en"),
  /** The body stemmed as Spanish; indexed (with offsets, for highlighting) only for Spanish documents. */
  BODY_ES("body_es", Kind.STEMMED_BODY, "spanish", null, "es"),
  /**
   * The names of the body (words with a capital inside a sentence), each by its sound as Spanish spells it ({@code
   * Jerez}, {@code Xerez}: one term), with the body's offsets, for every document: a name typed as it sounds finds
   * the spellings the text has, marked in the body.
   */
  NAME_SOUNDS("name_sounds", Kind.STEMMED_BODY, "names", null, null),
  /** Publication date: a day number for range filters and sorting, stored; {@code yyyy-MM-dd} as a value. */
  DATE("date", Kind.DAY, null, doc -> doc.date() == null ? null : doc.date().toString()),
  /** Who published the document; exact match, stored. */
  SOURCE("source", Kind.KEYWORD, null, TildeDocument::source),
  /**
   * The document's language as an ISO 639-1 code; exact match (filters), stored. Indexed as the document declares it,
   * else as detected; the content hash takes what the document declares.
   */
  LANG("lang", Kind.LANGUAGE, null, TildeDocument::lang),
  /** {@link Schema#contentHash} of the document as given, in doc values: incremental jobs skip equal documents. */
  CONTENT_HASH("content_hash", Kind.HASH, null, null),
  /**
   * The acronyms the document's title and body teach (definitions, and initials of full names), read from them by
   * their own chain; neither stored nor searched by users, but looked up to expand a query's acronyms and long forms.
   */
  ACRONYMS("acronyms", Kind.LEARNED, "acronyms", null);

  /** How a field is indexed and stored. */
  public enum Kind {
    /** One exact term, stored: the document's identity. */
    IDENTITY(true),
    /** One exact term with doc values, stored. */
    KEYWORD(true),
    /** The document's language: a {@link #KEYWORD} whose indexed value is the language as declared or detected. */
    LANGUAGE(true),
    /** Stored for display, with sorted doc values; never searched. */
    DISPLAY(true),
    /** Analysed text with offsets in the postings, stored. */
    TEXT(true),
    /**
     * The body again, analysed by the field's own chain with offsets (stemmed, for documents in one language; or its
     * names' sounds, for all); not stored.
     */
    STEMMED_BODY(false),
    /** A day, as a number for ranges and sorting, stored. */
    DAY(true),
    /** The content hash, in binary doc values only: neither searched nor stored. */
    HASH(false),
    /** What the title and body teach, analysed from them by the field's chain: terms only, not stored. */
    LEARNED(false);

    private final boolean stored;

    Kind(boolean stored) {
      this.stored = stored;
    }

    /** {@return whether a document's value of a field of this kind can be read back from its stored fields} */
    public boolean stored() {
      return stored;
    }

    /** {@return whether the field is analysed text} */
    public boolean analysed() {
      return this == TEXT || this == STEMMED_BODY || this == LEARNED;
    }
  }

  private final String fieldName;
  private final Kind kind;
  private final String chain;
  private final Function<TildeDocument, String> given;
  private final String language;

  TildeField(String fieldName, Kind kind, String chain, Function<TildeDocument, String> given) {
    this(fieldName, kind, chain, given, null);
  }

  TildeField(String fieldName, Kind kind, String chain, Function<TildeDocument, String> given, String language) {
    this.fieldName = fieldName;
    this.kind = kind;
    this.chain = chain;
    this.given = given;
    this.language = language;
  }

  /** {@return the field's name in the index} */
  public String fieldName() {
    return fieldName;
  }

  /** {@return how the field is indexed and stored} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the name of the analysis chain that indexes the field ({@code AnalysisChain#name()}), or null if it is
   * not analysed}
   */
  public String chain() {
    return chain;
  }

  /** {@return for a {@link Kind#STEMMED_BODY}, the language whose documents it holds; else, or for all, null} */
  public String language() {
    return language;
  }

  /**
   * The part of {@code doc} this field holds as the document gives it (the content hash and the stored round trip
   * read this), or null when the document has none or the field is derived.
   *
   * @param doc the document
   * @return the value, or null
   */
  public String given(TildeDocument doc) {
    return given == null ? null : given.apply(doc);
  }

  /**
   * The value this field is indexed with for {@code doc} in language {@code lang}, or null when the document gets no
   * such field: the language for {@link #LANG}, the body for {@link #NAME_SOUNDS} and the stemmed field of {@code
   * lang}, the title and the body a blank line apart for {@link #ACRONYMS}, else {@link #given}.
   *
   * @param doc the document
   * @param lang the language it is indexed as
   * @return the value, or null
   */
  public String indexed(TildeDocument doc, String lang) {
    return switch (kind) {
      case LANGUAGE -> lang;
      case STEMMED_BODY -> language == null || language.equals(lang) ? doc.body() : null;
      case HASH -> Schema.contentHash(doc);
      case LEARNED -> doc.title() == null ? doc.body()
          : doc.body() == null ? doc.title() : doc.title() + "\n\n" + doc.body();
      default -> given(doc);
    };
  }

  /**
   * The field named {@code name}, or null if Tilde has none by that name.
   *
   * @param name a field's name in the index
   * @return the field, or null
   */
  public static TildeField named(String name) {
    for (TildeField field : values()) {
      if (field.fieldName.equals(name)) {
        return field;
      }
    }
    return null;
  }
}

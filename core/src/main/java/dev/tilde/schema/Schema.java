package dev.tilde.schema;

import dev.tilde.analysis.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** The fields of a Tilde index and how a {@link TildeDocument} maps onto them. */
public final class Schema {
  /**
   * Names the analysis chains and field mapping an index is built with. It is recorded in every commit, and an index
   * recorded with another value is refused (it would silently give wrong results), so bump it whenever the
   * analysis or the mapping below changes.
   */
  public static final String ANALYSIS_VERSION = "2";

  /** Stable document identity; exact match only. */
  public static final String ID = "id";
  /**
   * Where the document came from (a file, an NDJSON file, {@code <stdin>}); stored for display, with doc values so
   * an indexing job can tell which documents came from its inputs without reading stored text.
   */
  public static final String PATH = "path";
  /** The title; analysed, stored, boosted at query time. */
  public static final String TITLE = "title";
  /** The text; analysed and stored. */
  public static final String BODY = "body";
  /** The body stemmed as English; indexed (with offsets, for highlighting) only for English documents. */
  public static final String BODY_EN = "body_en";
  /** The body stemmed as Spanish; indexed (with offsets, for highlighting) only for Spanish documents. */
  public static final String BODY_ES = "body_es";
  /** Publication date as a day number ({@link java.time.LocalDate#toEpochDay()}): range filters, sorting, stored. */
  public static final String DATE = "date";
  /** Who published the document; exact match, stored. */
  public static final String SOURCE = "source";
  /** The document's language as an ISO 639-1 code; exact match (filters), stored. */
  public static final String LANG = "lang";
  /** {@link #contentHash(TildeDocument)} of the document as written, in doc values: incremental jobs skip equals. */
  public static final String CONTENT_HASH = "content_hash";
  /** Prefix of the fields holding {@link TildeDocument#extra()} values: exact match, stored. */
  public static final String EXTRA_PREFIX = "extra.";

  /** The fields a user can search by name ({@code title:}, {@code --field}); the body includes its stemmed forms. */
  public static final String[] SEARCHED_FIELDS = {TITLE, BODY};

  /** The body fields: as written, and stemmed per language. Matches in any of them are highlighted in the body. */
  public static final java.util.Set<String> BODY_FIELDS = java.util.Set.of(BODY, BODY_EN, BODY_ES);

  /** How a field is indexed, for engines that need every field declared up front (an OpenSearch mapping). */
  public enum FieldKind {
    /** One exact term, stored. */
    KEYWORD,
    /** Stored for display (with doc values), never searched. */
    STORED,
    /** Analysed text with offsets in the postings; its chain is {@code TildeAnalysis.chainsByField()}'s. */
    TEXT,
    /** A day ({@link LocalDate}), as a number for ranges and sorting, stored. */
    DAY,
    /** A value in doc values only, neither searched nor stored. */
    DOC_VALUE
  }

  /**
   * Every field {@link #toLuceneDocument} writes, in order, with its kind; besides these, each {@link
   * TildeDocument#extra()} value is a {@link FieldKind#KEYWORD} named {@link #EXTRA_PREFIX} + its key.
   */
  public static final Map<String, FieldKind> FIELDS = fields();

  /**
   * Analysed, stored text that records offsets in the postings, so the highlighter finds match positions without
   * re-analysing the text at search time.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);
  /** Like {@link #TEXT_WITH_OFFSETS}, for derived fields whose text is the body's (so not stored again). */
  private static final FieldType DERIVED_TEXT_WITH_OFFSETS = textWithOffsets(false);

  private Schema() {}

  /** The term that identifies a document, for updates and deletes. */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /** Builds the Lucene document for {@code doc}. */
  public static Document toLuceneDocument(TildeDocument doc) {
    Document d = new Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new StoredField(PATH, doc.path()));
    d.add(new SortedDocValuesField(PATH, new BytesRef(doc.path())));
    d.add(new Field(TITLE, doc.title(), TEXT_WITH_OFFSETS));
    d.add(new Field(BODY, doc.body(), TEXT_WITH_OFFSETS));
    String lang = languageOf(doc);
    String stemmed = stemmedBodyField(lang);
    if (stemmed != null) {
      d.add(new Field(stemmed, doc.body(), DERIVED_TEXT_WITH_OFFSETS));
    }
    if (doc.date() != null) {
      d.add(new LongField(DATE, doc.date().toEpochDay(), Field.Store.YES));
    }
    if (doc.source() != null) {
      d.add(new KeywordField(SOURCE, doc.source(), Field.Store.YES));
    }
    d.add(new KeywordField(LANG, lang, Field.Store.YES));
    for (Map.Entry<String, String> extra : new TreeMap<>(doc.extra()).entrySet()) {
      d.add(new KeywordField(EXTRA_PREFIX + extra.getKey(), extra.getValue(), Field.Store.YES));
    }
    d.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(contentHash(doc))));
    return d;
  }

  /**
   * Reads back the document a stored Lucene document was built from (every part of a {@link TildeDocument} is
   * stored; the language as detected), so a rebuild can carry over documents whose inputs could not be read this
   * time.
   */
  public static TildeDocument fromStored(Document stored) {
    IndexableField date = stored.getField(DATE);
    Map<String, String> extra = new TreeMap<>();
    for (IndexableField field : stored.getFields()) {
      if (field.name().startsWith(EXTRA_PREFIX)) {
        extra.put(field.name().substring(EXTRA_PREFIX.length()), field.stringValue());
      }
    }
    return new TildeDocument(stored.get(ID), stored.get(PATH), stored.get(TITLE), stored.get(BODY),
        date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()), stored.get(SOURCE),
        stored.get(LANG), extra);
  }

  /**
   * A hash of everything {@code doc} carries (32 hex digits): equal hashes mean the indexed document would not
   * change, whatever produced it.
   */
  public static String contentHash(TildeDocument doc) {
    MessageDigest digest = sha256();
    for (String part : new String[] {doc.id(), doc.path(), doc.title(), doc.body(),
        doc.date() == null ? null : doc.date().toString(), doc.source(), doc.lang()}) {
      update(digest, part);
    }
    for (Map.Entry<String, String> extra : new TreeMap<>(doc.extra()).entrySet()) {
      update(digest, extra.getKey());
      update(digest, extra.getValue());
    }
    return HexFormat.of().formatHex(digest.digest(), 0, 16);
  }

  /** Feeds one part, length-prefixed so that ("ab", "c") and ("a", "bc") differ; null differs from "". */
  private static void update(MessageDigest digest, String part) {
    if (part == null) {
      digest.update((byte) 0);
      return;
    }
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) 1);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The language {@code doc} is indexed as: the one it declares, else the one detected from its title and body. */
  public static String languageOf(TildeDocument doc) {
    return doc.lang() != null ? doc.lang() : LanguageDetector.detect(doc.title(), doc.body());
  }

  private static Map<String, FieldKind> fields() {
    Map<String, FieldKind> fields = new java.util.LinkedHashMap<>();
    fields.put(ID, FieldKind.KEYWORD);
    fields.put(PATH, FieldKind.STORED);
    fields.put(TITLE, FieldKind.TEXT);
    fields.put(BODY, FieldKind.TEXT);
    fields.put(BODY_EN, FieldKind.TEXT);
    fields.put(BODY_ES, FieldKind.TEXT);
    fields.put(DATE, FieldKind.DAY);
    fields.put(SOURCE, FieldKind.KEYWORD);
    fields.put(LANG, FieldKind.KEYWORD);
    fields.put(CONTENT_HASH, FieldKind.DOC_VALUE);
    return java.util.Collections.unmodifiableMap(fields);
  }

  /** The field that holds the body stemmed for {@code lang}, or {@code null} if Tilde does not stem that language. */
  public static String stemmedBodyField(String lang) {
    return switch (lang) {
      case "en" -> BODY_EN;
      case "es" -> BODY_ES;
      default -> null;
    };
  }

  private static FieldType textWithOffsets(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

package dev.tilde.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
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

/**
 * How a {@link TildeDocument} maps onto the fields of {@link TildeField}'s table: the Lucene document it becomes, the
 * document read back from stored fields, and its content hash.
 */
public final class Schema {
  /**
   * Names the analysis chains and field mapping an index is built with. It is recorded in every commit, and an index
   * recorded with another value is refused (it would silently give wrong results), so bump it whenever the
   * analysis or the field table changes.
   */
  public static final String ANALYSIS_VERSION = "7";

  /** {@link TildeField#ID}'s name. */
  public static final String ID = TildeField.ID.fieldName();
  /** {@link TildeField#KEY}'s name. */
  public static final String KEY = TildeField.KEY.fieldName();
  /** {@link TildeField#PATH}'s name. */
  public static final String PATH = TildeField.PATH.fieldName();
  /** {@link TildeField#TITLE}'s name. */
  public static final String TITLE = TildeField.TITLE.fieldName();
  /** {@link TildeField#BODY}'s name. */
  public static final String BODY = TildeField.BODY.fieldName();
  /** {@link TildeField#BODY_EN}'s name. */
  public static final String BODY_EN = TildeField.BODY_EN.fieldName();
  /** {@link TildeField#BODY_ES}'s name. */
  public static final String BODY_ES = TildeField.BODY_ES.fieldName();
  /** {@link TildeField#DATE}'s name. */
  public static final String DATE = TildeField.DATE.fieldName();
  /** {@link TildeField#SOURCE}'s name. */
  public static final String SOURCE = TildeField.SOURCE.fieldName();
  /** {@link TildeField#LANG}'s name. */
  public static final String LANG = TildeField.LANG.fieldName();
  /** {@link TildeField#CONTENT_HASH}'s name. */
  public static final String CONTENT_HASH = TildeField.CONTENT_HASH.fieldName();
  /** {@link TildeField#ACRONYMS}'s name. */
  public static final String ACRONYMS = TildeField.ACRONYMS.fieldName();
  /** Prefix of the fields holding {@link TildeDocument#extra()} values: exact match, stored. */
  public static final String EXTRA_PREFIX = "extra.";

  /** The fields a user can search by name ({@code title:}, {@code --field}); the body includes its stemmed forms. */
  public static final String[] SEARCHED_FIELDS = {TITLE, BODY};

  /** {@link TildeField#NAME_SOUNDS}'s name. */
  public static final String NAME_SOUNDS = TildeField.NAME_SOUNDS.fieldName();

  /**
   * The body fields: as written, stemmed per language, and its names' sounds. Matches in any of them are
   * highlighted in the body.
   */
  public static final Set<String> BODY_FIELDS = Set.of(BODY, BODY_EN, BODY_ES, NAME_SOUNDS);

  /**
   * Analysed, stored text that records offsets in the postings, so the highlighter finds match positions without
   * re-analysing the text at search time.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);
  /** Like {@link #TEXT_WITH_OFFSETS}, for derived fields whose text is the body's (so not stored again). */
  private static final FieldType DERIVED_TEXT_WITH_OFFSETS = textWithOffsets(false);
  /** What a document teaches ({@link TildeField.Kind#LEARNED}): terms looked up, never scored, so no norms. */
  private static final FieldType LEARNED_TERMS = learnedTerms();

  private Schema() {}

  /**
   * The term that finds the documents with the id {@code id}, whatever their namespace.
   *
   * @param id the id, as the user gave it
   * @return the term of the {@code id} field
   */
  public static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /**
   * The term that identifies the document with key {@code key} ({@link TildeDocument#key()}), for updates.
   *
   * @param key the document's key
   * @return the term of the {@code key} field
   */
  public static Term keyTerm(String key) {
    return new Term(KEY, key);
  }

  /**
   * Builds the Lucene document for {@code doc}, indexed as written in {@code lang} (the language it declares, else
   * the one detected: {@code LanguageDetector.languageOf}).
   *
   * @param doc the document
   * @param lang the language to index it as, an ISO 639-1 code or {@code und}
   * @return the Lucene document, every field of {@link TildeField} it has
   */
  public static Document toLuceneDocument(TildeDocument doc, String lang) {
    Document d = new Document();
    for (TildeField field : TildeField.values()) {
      String value = field.indexed(doc, lang);
      if (value != null) {
        add(d, field, value);
      }
    }
    for (Map.Entry<String, String> extra : new TreeMap<>(doc.extra()).entrySet()) {
      d.add(new KeywordField(EXTRA_PREFIX + extra.getKey(), extra.getValue(), Field.Store.YES));
    }
    return d;
  }

  private static void add(Document d, TildeField field, String value) {
    String name = field.fieldName();
    switch (field.kind()) {
      case IDENTITY -> d.add(new StringField(name, value, Field.Store.YES));
      case KEYWORD, LANGUAGE -> d.add(new KeywordField(name, value, Field.Store.YES));
      case DISPLAY -> {
        d.add(new StoredField(name, value));
        d.add(new SortedDocValuesField(name, new BytesRef(value)));
      }
      case TEXT -> d.add(new Field(name, value, TEXT_WITH_OFFSETS));
      case STEMMED_BODY -> d.add(new Field(name, value, DERIVED_TEXT_WITH_OFFSETS));
      case DAY -> d.add(new LongField(name, LocalDate.parse(value).toEpochDay(), Field.Store.YES));
      case HASH -> d.add(new BinaryDocValuesField(name, new BytesRef(value)));
      case LEARNED -> d.add(new Field(name, value, LEARNED_TERMS));
    }
  }

  /**
   * Reads back the document a stored Lucene document was built from (every part of a {@link TildeDocument} is
   * stored; the language as detected), so a rebuild can carry over documents whose inputs could not be read this
   * time.
   *
   * @param stored a document's stored fields, as the index returns them
   * @return the document they were built from
   */
  public static TildeDocument fromStored(Document stored) {
    Map<String, String> extra = new TreeMap<>();
    for (IndexableField field : stored.getFields()) {
      if (field.name().startsWith(EXTRA_PREFIX)) {
        extra.put(field.name().substring(EXTRA_PREFIX.length()), field.stringValue());
      }
    }
    IndexableField day = stored.getField(DATE);
    return new TildeDocument(stored.get(ID), stored.get(PATH), stored.get(TITLE), stored.get(BODY),
        day == null ? null : LocalDate.ofEpochDay(day.numericValue().longValue()), stored.get(SOURCE),
        stored.get(LANG), extra, IdNamespace.ofKey(stored.get(KEY)));
  }

  /**
   * A hash of everything {@code doc} carries (32 hex digits): equal hashes mean the indexed document would not
   * change, whatever produced it.
   *
   * @param doc the document
   * @return the hash, as 32 lower-case hex digits
   */
  public static String contentHash(TildeDocument doc) {
    MessageDigest digest = sha256();
    // Every part a document carries is a stored field, so hashing those hashes the whole document.
    for (TildeField field : TildeField.values()) {
      if (field.kind().stored()) {
        update(digest, field.given(doc));
      }
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

  private static FieldType learnedTerms() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setIndexOptions(IndexOptions.DOCS);
    type.freeze();
    return type;
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

package dev.tilde.schema;

import dev.tilde.analysis.LanguageDetector;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The fields of a Tilde index and how a {@link TildeDocument} maps onto them. */
public final class Schema {
  /** Stable document identity; exact match only. */
  public static final String ID = "id";
  /** Where the document came from; stored for display. */
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

  /** The body fields: as written, and stemmed per language. Matches in any of them are highlighted in the body. */
  public static final java.util.Set<String> BODY_FIELDS = java.util.Set.of(BODY, BODY_EN, BODY_ES);

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
    d.add(new Field(TITLE, doc.title(), TEXT_WITH_OFFSETS));
    d.add(new Field(BODY, doc.body(), TEXT_WITH_OFFSETS));
    String lang = doc.lang() != null ? doc.lang() : LanguageDetector.detect(doc.title() + "\n" + doc.body());
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
    return d;
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

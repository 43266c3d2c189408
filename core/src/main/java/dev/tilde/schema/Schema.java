package dev.tilde.schema;

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
  /** Publication date as a day number ({@link java.time.LocalDate#toEpochDay()}): range filters, sorting, stored. */
  public static final String DATE = "date";
  /** Who published the document; exact match, stored. */
  public static final String SOURCE = "source";
  /** The document's language as an ISO 639-1 code; exact match (filters), stored. */
  public static final String LANG = "lang";

  /** Fields a plain query searches, in the order the query builder boosts them. */
  public static final String[] SEARCHED_FIELDS = {TITLE, BODY};

  /**
   * Analysed, stored text that records offsets in the postings, so the highlighter finds match positions without
   * re-analysing the text at search time.
   */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

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
    if (doc.date() != null) {
      d.add(new LongField(DATE, doc.date().toEpochDay(), Field.Store.YES));
    }
    if (doc.source() != null) {
      d.add(new KeywordField(SOURCE, doc.source(), Field.Store.YES));
    }
    if (doc.lang() != null) {
      d.add(new KeywordField(LANG, doc.lang(), Field.Store.YES));
    }
    return d;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}

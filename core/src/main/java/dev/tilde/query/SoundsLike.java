package dev.tilde.query;

import dev.tilde.analysis.SpanishSoundKey;
import dev.tilde.schema.Schema;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A name's "sounds like" form: the documents whose body writes a name said as the typed word is, in Spanish
 * ({@link SpanishSoundKey}; the field {@link Schema#NAME_SOUNDS}): {@code Gerez} finds Jerez and Xerez, {@code
 * Ybarra} Ibarra, {@code Baldés} Valdés, a changed first letter that typo tolerance never tries. One more form of the
 * word, so it adds no score to the word's other forms, and weighs less than any typo of it: a document with the word
 * as typed, then one with a typo of it, ranks above one with a name that only sounds like it. Only a word typed as a
 * name is written ({@link NameWords#typedAsName}: {@code Jerez}, not {@code sherry}) that is long and rare enough
 * to get typos, or one the index lacks (typed in lower case, {@code gerez} has no other reading), gets it; a common
 * word never does.
 */
final class SoundsLike {
  /** A word the index lacks: below the faintest of its typos (0.2 beside a correction). */
  static final float OF_UNKNOWN_WORD = 0.15f;
  /** A name the index has: below its typos (0.05), so it only adds the other spellings, last. */
  static final float OF_KNOWN_WORD = 0.04f;

  private SoundsLike() {}

  /**
   * The "sounds like" form of {@code folded}, or null if it gets none: not a name, too short, or not only letters.
   *
   * @param unknown whether the index lacks the word
   * @param typos whether the word gets typo tolerance: a word the index has gets a "sounds like" form only where it
   *     gets typos, being long enough and rare enough ({@link TypoTolerance#COMMON_WORD_DOCUMENTS})
   */
  static Query of(String folded, NameWords names, boolean unknown, boolean typos) {
    if (!unknown && !(typos && names.typedAsName(folded))) {
      return null;
    }
    String key = SpanishSoundKey.of(folded);
    if (key == null) {
      return null;
    }
    return new BoostQuery(new TermQuery(new Term(Schema.NAME_SOUNDS, key)), unknown ? OF_UNKNOWN_WORD : OF_KNOWN_WORD);
  }
}

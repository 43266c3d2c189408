package dev.tilde.query;

import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Which terms an index holds, as the query builder asks to tell a word the index has from a typo, and which acronyms
 * it learned from its text. A local index answers from its reader; a remote one (an OpenSearch cluster) by asking the
 * cluster.
 */
@FunctionalInterface
public interface IndexedTerms {
  /** A word typed in lower case in at least this many documents is that word, not an acronym. */
  int MOST_DOCUMENTS_OF_A_LOWER_CASE_ACRONYM = 50;

  /**
   * Whether at least one document has {@code term} in {@code field}.
   *
   * @param field the field
   * @param term the term, as analysed
   * @return whether the index holds it
   */
  boolean contains(String field, String term);

  /**
   * Whether at least {@code documents} documents have {@code term} in {@code field}. An index that cannot tell says
   * so of one document only, where {@link #contains} answers.
   *
   * @param field the field
   * @param term the term, as the field indexes it
   * @param documents how many documents to look for
   * @return whether the index has the term in that many documents or more
   */
  default boolean inAtLeast(String field, String term, int documents) {
    return documents <= 1 && (documents <= 0 || contains(field, term));
  }

  /**
   * The likeliest word the index holds for {@code word}, a word it lacks: what a spelling suggester would put in its
   * place (the fewest edits away, then the most frequent). An index that cannot tell has none.
   *
   * @param word the word, folded, that no document has
   * @return the correction, folded, or {@code null} if there is none
   */
  default String correction(String word) {
    return null;
  }

  /**
   * The one word the index holds that is {@code word}, a word it lacks, with two neighbouring letters swapped (none
   * of the first {@code keptPrefix}): the correction of a word too short for a spelling suggester, where a
   * substitution reaches too many words to guess from but a swap rarely more than one.
   *
   * @param word the word, folded, that no document has
   * @param keptPrefix how many letters at the start are never swapped
   * @return the only such word the index holds in a text field, folded, or {@code null} if it holds none or several
   */
  default String swapCorrection(String word, int keptPrefix) {
    String found = null;
    for (int i = keptPrefix; i + 1 < word.length(); i++) {
      if (word.charAt(i) == word.charAt(i + 1)) {
        continue;
      }
      char[] swapped = word.toCharArray();
      swapped[i] = word.charAt(i + 1);
      swapped[i + 1] = word.charAt(i);
      String candidate = new String(swapped);
      if (contains(Schema.BODY, candidate) || contains(Schema.TITLE, candidate)) {
        if (found != null) {
          return null;
        }
        found = candidate;
      }
    }
    return found;
  }

  /**
   * Whether {@code word}, typed in lower case, may be read as an acronym: the index holds it in fewer than {@value
   * #MOST_DOCUMENTS_OF_A_LOWER_CASE_ACRONYM} documents ({@code kla}, {@code ilo}, but not {@code ten}). An index told which acronyms
   * a query expands answers yes: what it was told decides.
   *
   * @param word the word, folded
   * @return whether the word is rare enough to be an acronym
   */
  default boolean mayBeAcronym(String word) {
    return !inAtLeast(Schema.BODY, word, MOST_DOCUMENTS_OF_A_LOWER_CASE_ACRONYM);
  }

  /**
   * The acronyms the index learned from its text, to expand a query's acronyms and long forms. An index that cannot
   * tell learned none.
   *
   * @return the learned acronyms
   */
  default LearnedAcronyms acronyms() {
    return LearnedAcronyms.NONE;
  }

  /**
   * The terms of a local index, with no corrections.
   *
   * @param reader the index
   * @return its terms, looked up in {@code reader}
   */
  static IndexedTerms of(IndexReader reader) {
    return of(reader, word -> null);
  }

  /**
   * The terms of a local index, whose corrections {@code corrections} finds.
   *
   * @param reader the index
   * @param corrections the correction of a word the index lacks, or {@code null}
   * @return its terms, looked up in {@code reader}
   */
  static IndexedTerms of(IndexReader reader, UnaryOperator<String> corrections) {
    LearnedAcronyms acronyms = LearnedAcronyms.in(reader, Schema.ACRONYMS);
    return new IndexedTerms() {
      @Override
      public LearnedAcronyms acronyms() {
        return acronyms;
      }

      @Override
      public String correction(String word) {
        return corrections.apply(word);
      }

      @Override
      public boolean contains(String field, String term) {
        return inAtLeast(field, term, 1);
      }

      @Override
      public boolean inAtLeast(String field, String term, int documents) {
        try {
          return reader.docFreq(new Term(field, term)) >= documents;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }
}

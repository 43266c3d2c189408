package dev.tilde.analysis;

import dev.tilde.acronyms.Acronym;
import dev.tilde.acronyms.AcronymTerms;
import dev.tilde.acronyms.DefinitionFinder;
import dev.tilde.acronyms.NameInitials;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.AttributeFactory;

/**
 * Reads a document's text (its title and body, a blank line between them) and gives, as its tokens, the acronyms the
 * text teaches ({@link AcronymTerms}): the definitions it gives ({@link DefinitionFinder}) and the names it writes in
 * full beside their initials in capitals ({@link NameInitials}: {@code AMLO} in a title above {@code Andrés Manuel
 * López Obrador}). Forms are folded by the chain queries are folded with, so a long form's key is
 * the words a query typing it reads.
 */
public final class LearnedAcronymsTokenizer extends Tokenizer {
  /** Most terms one document gives: a text defining more is a glossary, and its first are as good as any. */
  static final int MOST_TERMS = 128;
  /** Longest term kept, in characters; a long form is a few words of one sentence. */
  private static final int LONGEST_TERM = 1_000;

  private final DefinitionFinder definitions;
  private final Analyzer folded;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private Iterator<String> terms;
  private int length;

  /**
   * @param definitions what finds definitions
   * @param folded the chain that folds query words
   * @param attributes the attribute factory
   */
  LearnedAcronymsTokenizer(DefinitionFinder definitions, Analyzer folded, AttributeFactory attributes) {
    super(attributes);
    this.definitions = definitions;
    this.folded = folded;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    terms = null;
    length = 0;
  }

  /** Reads the whole text (the reader refuses before {@link #reset}) and what it teaches. */
  private Iterator<String> read() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
      text.append(buffer, 0, read);
    }
    length = text.length();
    return learned(text.toString()).iterator();
  }

  /** The terms {@code text} gives, once each, in order. */
  private Set<String> learned(String text) {
    Set<String> learned = new LinkedHashSet<>();
    List<Acronym> found = new ArrayList<>(definitions.definitions(text));
    found.addAll(NameInitials.in(text));
    for (Acronym acronym : found) {
      List<String> shortForm = words(acronym.shortForm());
      List<String> longForm = words(acronym.longForm());
      if (shortForm.size() == 1 && longForm.size() >= 2) {
        for (String made : AcronymTerms.of(acronym, shortForm.get(0), String.join(" ", longForm))) {
          if (made.length() <= LONGEST_TERM && learned.size() < MOST_TERMS) {
            learned.add(made);
          }
        }
      }
    }
    return learned;
  }

  private List<String> words(String text) {
    return TildeAnalysis.tokens(folded, "", text).stream().map(Token::term).toList();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (terms == null) {
      terms = read();
    }
    if (!terms.hasNext()) {
      return false;
    }
    clearAttributes();
    term.append(terms.next());
    offset.setOffset(correctOffset(0), correctOffset(length));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(correctOffset(length), correctOffset(length));
  }

  @Override
  public void close() throws IOException {
    super.close();
    terms = null;
  }
}

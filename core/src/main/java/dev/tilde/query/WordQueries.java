package dev.tilde.query;

import dev.tilde.schema.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query for one word of a run of words typed without quotes: every form it can match in (folded, as written,
 * stemmed, with a typo) is an alternative of that one word, and the word scores as its best alternative, never as
 * their sum. Each form scores over the title and the body as one field (BM25F, Lucene's {@link
 * CombinedFieldQuery}): the title weighs as a field weight, and a word's rarity is its rarity in the whole text, so
 * a common word in a short title cannot outweigh a rare word in a body.
 */
final class WordQueries {
  /** How much a title counts, as if its words were written this many times in the body. */
  static final float TITLE_WEIGHT = 2.0f;
  /** A user who typed the accent means it: the form as written counts this many times the word's other forms. */
  static final float AS_WRITTEN = 2.0f;
  /** A stem matches other words than the one typed, so it counts less. */
  static final float STEMMED = 0.6f;

  private final List<String> fields;
  private final Map<String, WordForms> forms;
  private final TypoTolerance typos;
  private final NameWords names;
  private final AcronymExpansions acronyms;
  private final WordKinds kinds;
  /** The folded word each query {@link #word} built stands for. */
  private final Map<Query, String> words = new IdentityHashMap<>();
  /** For each query {@link #word} built, what shows the word is in a document, for a title beside it to count. */
  private final Map<Query, Query> besideWords = new IdentityHashMap<>();

  /**
   * @param fields the text fields searched (title, body or both)
   * @param forms the forms of the typed words, by folded form
   * @param names what the typed words are in people's names
   * @param acronyms the long forms of the typed words that are acronyms the index learned
   * @param kinds where each clause built is recorded with its typed word and kind of match
   */
  WordQueries(List<String> fields, Map<String, WordForms> forms, TypoTolerance typos, NameWords names,
      AcronymExpansions acronyms, WordKinds kinds) {
    this.fields = fields;
    this.forms = forms;
    this.typos = typos;
    this.names = names;
    this.acronyms = acronyms;
    this.kinds = kinds;
  }

  /**
   * The query for the word whose folded form is {@code folded}: its forms' best. For a word typed with accents, the
   * form as written counts {@link #AS_WRITTEN} times its other forms, and the word about what any other word does:
   * {@code año} ranks every año above every ano, while {@code José Barroso} weighs José about as much as Barroso.
   */
  Query word(String folded) {
    List<Query> others = new ArrayList<>();
    others.add(acrossFields(folded));
    String otherSpelling = GeminateL.otherSpelling(folded);
    if (otherSpelling != null) {
      others.add(weighted(acrossFields(otherSpelling), GeminateL.dotted(folded) ? 1 / AS_WRITTEN : 1.0f));
    }
    WordForms word = WordForms.in(forms, folded);
    boolean typed = forms.containsKey(folded); // not an alias's word
    if (typed) {
      kinds.folded(folded, word.asWritten(), others.get(0));
    } else {
      kinds.alias(folded, others.get(0));
    }
    if (word.asWritten() != null) {
      kinds.asWritten(folded, () -> acrossFields(word.asWritten()));
    }
    if (fields.contains(Schema.BODY)) {
      addStem(others, Schema.BODY_EN, word.english(), folded);
      addStem(others, Schema.BODY_ES, word.spanish(), folded);
    }
    Query longForms = typed ? acronyms.longForms(this, folded) : null;
    if (longForms != null) {
      others.add(longForms); // the text's own spelling-out of an acronym: it vouches for the word as the word does
    }
    String corrected = typed ? typos.correction(folded) : null;
    if (corrected != null) {
      others.add(new BoostQuery(acrossFields(corrected), TypoTolerance.TYPO_OF_UNKNOWN_WORD));
      kinds.typo(folded, () -> acrossFields(corrected));
    }
    Query exact = asWrittenFirst(word, best(others));
    if (typed) {
      int before = others.size();
      for (String field : fields) {
        Query typo = typos.query(field, folded);
        if (typo != null) {
          others.add(typo);
          kinds.typo(folded, typo);
        }
      }
      Query soundsLike = fields.contains(Schema.BODY)
          ? SoundsLike.of(folded, names, typos.lacks(folded), others.size() > before) : null;
      if (soundsLike != null) {
        others.add(soundsLike);
        kinds.soundsLike(folded, soundsLike);
      }
    }
    Query query = asWrittenFirst(word, best(others));
    words.put(query, folded);
    // A typo's neighbours vouch for a word the index lacks, never for one it has ("reading" is not "Reding"); its
    // correction, where it has one, vouches alone ("Minister Balir" is not "Minister ... blir").
    // An alias's word is never corrected, so whether it is unknown is asked without a correction.
    boolean unknown = typed ? typos.isUnknown(folded) : typos.lacks(folded);
    besideWords.put(query, unknown && corrected == null ? query : exact);
    return query;
  }

  /** {@code others}, the word's forms but the one as written, below that one when the word was typed with accents. */
  private Query asWrittenFirst(WordForms word, Query others) {
    if (word.asWritten() == null) {
      return others;
    }
    // The accent doubles the form as written over the others, split evenly between raising one and lowering the
    // others, so an accented word weighs about what any other word does.
    float split = (float) Math.sqrt(AS_WRITTEN);
    return best(List.of(new BoostQuery(acrossFields(word.asWritten()), split), new BoostQuery(others, 1 / split)));
  }

  /**
   * {@code run} with a query for each of {@code typed} (the run's folded words) that it holds only inside a longer
   * alias's phrase: a document with one of the words is still found, below those with the whole name.
   */
  Query withEveryWord(Query run, List<String> typed) {
    Set<String> built = new HashSet<>(words.values());
    List<String> missing = typed.stream().filter(word -> !built.contains(word)).distinct().toList();
    if (missing.isEmpty()) {
      return run;
    }
    BooleanQuery.Builder every = new BooleanQuery.Builder();
    List<Query> clauses = optionalClauses(run);
    for (Query clause : clauses == null ? List.of(run) : clauses) {
      every.add(clause, BooleanClause.Occur.SHOULD);
    }
    for (String word : missing) {
      every.add(word(word), BooleanClause.Occur.SHOULD);
    }
    return every.build();
  }

  /**
   * {@code run}, the query of a run of words, with its words coordinated ({@link Coordination}): more of them rank
   * above fewer, and titles, honorifics and given names count only beside a surname.
   */
  Query coordinated(Query run) {
    List<Query> clauses = optionalClauses(run);
    if (clauses == null) {
      return run;
    }
    Set<String> particleWords = NameParticles.typedInside(names.words().stream().map(NameWords.Word::folded).toList());
    // A given name is one only beside a surname: "Tony Blair", but not "Elton John" or "Martin" alone.
    boolean hasSurname = clauses.stream().map(words::get).anyMatch(word -> word != null
        && !particleWords.contains(word) && !Honorifics.contains(word) && !names.givenName(word));
    Coordination.Words surnames = new Coordination.Words();
    Coordination.Words givenNames = new Coordination.Words();
    Coordination.Words honorifics = new Coordination.Words();
    List<Query> others = new ArrayList<>();
    List<Query> particles = new ArrayList<>();
    for (Query clause : clauses) {
      String word = words.get(clause);
      if (word == null) {
        others.add(clause);
      } else if (particleWords.contains(word)) {
        particles.add(clause);
      } else if (Honorifics.contains(word)) {
        honorifics.add(clause, besideWords.get(clause));
      } else if (hasSurname && names.givenName(word)) {
        givenNames.add(clause, besideWords.get(clause));
      } else {
        surnames.add(clause, besideWords.get(clause));
      }
    }
    if (surnames.size() + givenNames.size() + honorifics.size() < 2) {
      return run;
    }
    List<Query> besideParticles = new ArrayList<>(surnames.asTyped());
    besideParticles.addAll(givenNames.asTyped());
    besideParticles.addAll(honorifics.asTyped());
    return NameParticles.besideOtherWords(Coordination.of(surnames, givenNames, honorifics, others), particles,
        besideParticles);
  }

  /** The clauses of {@code run} when it is a plain sum of optional clauses (as the parser builds a run), else null. */
  static List<Query> optionalClauses(Query run) {
    if (!(run instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0
        || !bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      return null;
    }
    return bool.clauses().stream().map(BooleanClause::query).toList();
  }

  /** {@code term} in the fields searched, scored as one field. */
  Query acrossFields(String term) {
    if (fields.size() == 1) {
      return new TermQuery(new Term(fields.get(0), term));
    }
    CombinedFieldQuery.Builder combined = new CombinedFieldQuery.Builder(term);
    for (String field : fields) {
      combined.addField(field, weight(field));
    }
    return combined.build();
  }

  /** An alias's {@code phrase} (built on one text field) in each field searched, recorded as an alias's. */
  Query aliasAcrossFields(PhraseQuery phrase) {
    Query across = acrossFields(phrase);
    kinds.alias(phrase, across);
    return across;
  }

  /** {@code phrase} (built on one text field) in each field searched, weighted as that field, the best counting. */
  private Query acrossFields(PhraseQuery phrase) {
    List<Query> inFields = new ArrayList<>();
    for (String field : fields) {
      PhraseQuery.Builder copy = new PhraseQuery.Builder().setSlop(phrase.getSlop());
      Term[] terms = phrase.getTerms();
      for (int i = 0; i < terms.length; i++) {
        copy.add(new Term(field, terms[i].bytes()), phrase.getPositions()[i]);
      }
      inFields.add(weighted(copy.build(), weight(field)));
    }
    return best(inFields);
  }

  /**
   * Documents with the words {@code matched} in order (or the one word) in the fields searched, scored as if they
   * held {@code scoredAs} there, the fields combined as {@link #acrossFields(String)} combines them ({@link
   * StandInScores}).
   */
  Query standingIn(List<String> matched, List<String> scoredAs) {
    Map<String, Float> weighted = new java.util.LinkedHashMap<>();
    fields.forEach(field -> weighted.put(field, weight(field)));
    Query standIn = StandInScores.query(weighted, matched, scoredAs);
    kinds.acronym(scoredAs, standIn);
    return standIn;
  }

  /** The text fields searched. */
  List<String> fields() {
    return fields;
  }

  /** The best of {@code alternatives}: one score, however many of them match. */
  static Query best(List<Query> alternatives) {
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, 0f);
  }

  /** How much {@code field} weighs among the text fields. */
  static float weight(String field) {
    return Schema.TITLE.equals(field) ? TITLE_WEIGHT : 1.0f;
  }

  static Query weighted(Query query, float weight) {
    return weight == 1.0f ? query : new BoostQuery(query, weight);
  }

  private void addStem(List<Query> alternatives, String field, String stem, String folded) {
    if (stem != null) {
      Query stemmed = new TermQuery(new Term(field, stem));
      alternatives.add(new BoostQuery(stemmed, STEMMED));
      kinds.stem(folded, stemmed);
    }
  }
}

package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.schema.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The classic query syntax, with each word or phrase expanded over Tilde's fields and forms.
 *
 * <p>A word typed without a field searches the title and the body, folded (with aliases), as written when it has
 * accents, stemmed per language, and with typo tolerance; a run of plain words also earns phrase boosts when the
 * document has them in order. {@code title:} and {@code body:} narrow that to one field; other fields ({@code lang:},
 * {@code source:}, {@code id:}) match exactly. Not thread-safe: {@link QueryBuilder} makes one per query.
 */
final class TildeQueryParser extends QueryParser {
  /** The pseudo-field of words typed without a field. */
  static final String ANY_FIELD = "_any";

  // Relative weights of the ways a word can match. Exact forms weigh most; typo-tolerant matches of a word that does
  // exist in the index weigh an order of magnitude less, so they never outrank the word itself.
  private static final float TITLE = 2.0f;
  private static final float BODY = 1.0f;
  private static final float STEMMED = 0.6f;
  /** A user who typed the accent means it: documents with that exact form outrank those that only match folded. */
  private static final float AS_WRITTEN = 10.0f;
  private static final float TYPO_OF_KNOWN_WORD = 0.05f;
  private static final float TYPO_OF_UNKNOWN_WORD = 1.0f;
  // Words in the order typed matter more than their accents: "Andres Manuel Lopez Obrador" in order outranks a
  // document that has "Andrés" and "López" apart, for a query typed with accents.
  private static final float WHOLE_PHRASE = AS_WRITTEN;
  private static final float WORD_PAIR = AS_WRITTEN / 2;

  // Bounds on what one query expands to, so it stays far below Lucene's 1,024-clause limit: typo tolerance for the
  // first few words (each expands to at most TYPO_EXPANSIONS terms per field), word-pair phrases for short runs.
  private static final int TYPO_WORDS = 8;
  private static final int TYPO_EXPANSIONS = 10;
  /** Letters at the start of a word that typo tolerance never changes. */
  private static final int KEPT_PREFIX = 1;
  private static final int PHRASE_BOOSTED_RUN = 8;

  private final TildeAnalysis analysis;
  private final IndexedTerms indexed;
  private final Collection<String> scope;
  private final Set<String> unknownWords = new LinkedHashSet<>();
  private final Set<String> typoTolerant = new LinkedHashSet<>();
  /** The automaton states the query's regular expressions so far ask for, which {@link RegexpBudget} bounds. */
  private long regexpStates;

  /**
   * @param indexed the terms of the index the query will run on, to tell known words from typos; {@code null} treats
   *     every word as known
   * @param scope the fields words typed without a field search ({@code title}, {@code body} or both)
   */
  TildeQueryParser(TildeAnalysis analysis, IndexedTerms indexed, Collection<String> scope) {
    super(ANY_FIELD, analysis.queryAnalyzer());
    this.analysis = analysis;
    this.indexed = indexed;
    this.scope = scope;
    // Whole runs of words reach the analyzer together, so multi-word aliases ("Andrés Manuel López Obrador") match.
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    setDefaultOperator(Operator.OR);
    setDeterminizeWorkLimit(RegexpBudget.DETERMINIZE_WORK_LIMIT);
  }

  /** The folded words that have no exact match in the index, so matched only through typo tolerance (if at all). */
  Set<String> unknownWords() {
    return unknownWords;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    boolean any = ANY_FIELD.equals(field);
    if (!any && !Schema.TITLE.equals(field) && !Schema.BODY.equals(field)) {
      // Exact-match fields (lang:es, source:…) select documents; how rare the value is says nothing of relevance.
      // A constant score is also what OpenSearch gives a keyword term, so a cluster scores these the same.
      Query exact = super.getFieldQuery(field, text, quoted);
      return exact == null ? null : new ConstantScoreQuery(exact);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<String> folded = terms(analysis.foldedAnalyzer(), text);
    List<String> asWritten = accentedTerms(text);
    List<String> targets = any ? inScope(Schema.TITLE, Schema.BODY) : List.of(field);
    for (String target : targets) {
      float weight = any && Schema.TITLE.equals(target) ? TITLE : BODY;
      add(query, super.getFieldQuery(target, text, quoted), weight);
      add(query, asWrittenQuery(target, text, quoted, asWritten), weight * AS_WRITTEN);
      if (!quoted) {
        for (String word : folded) {
          add(query, typoQuery(target, word), weight);
        }
      }
      if (any && !quoted && folded.size() > 1 && folded.size() <= PHRASE_BOOSTED_RUN) {
        add(query, phrase(target, folded), weight * WHOLE_PHRASE);
        for (int i = 0; folded.size() > 2 && i + 2 <= folded.size(); i++) {
          add(query, phrase(target, folded.subList(i, i + 2)), weight * WORD_PAIR);
        }
      }
    }
    if (!quoted && targets.contains(Schema.BODY)) {
      add(query, super.getFieldQuery(Schema.BODY_EN, text, false), STEMMED);
      add(query, super.getFieldQuery(Schema.BODY_ES, text, false), STEMMED);
    }
    BooleanQuery built = query.build();
    return built.clauses().isEmpty() ? null : built;
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    int saved = getPhraseSlop();
    setPhraseSlop(slop);
    try {
      return getFieldQuery(field, text, true);
    } finally {
      setPhraseSlop(saved);
    }
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return overTextFields(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    return overTextFields(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return overTextFields(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    regexpStates += RegexpBudget.states(termStr);
    if (regexpStates > RegexpBudget.MAX_STATES) {
      throw new ParseException("regular expressions too complex to compile");
    }
    return overTextFields(field, f -> super.getRegexpQuery(f, termStr));
  }

  /** Builds a query for one field; the parser's own builders, which may refuse the text. */
  @FunctionalInterface
  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  /**
   * {@code query} on {@code field}, or, for words typed without a field, on each text field in scope: the title
   * weighted as titles are, and the body.
   */
  private Query overTextFields(String field, FieldQuery query) throws ParseException {
    if (!ANY_FIELD.equals(field)) {
      return query.on(field);
    }
    return either(inScope(Schema.TITLE) ? query.on(Schema.TITLE) : null,
        inScope(Schema.BODY) ? query.on(Schema.BODY) : null);
  }

  /**
   * The words of {@code text} whose accents folding would lose, as written; matching them exactly is what ranks
   * {@code año} above {@code ano} for a query typed with the tilde.
   */
  private List<String> accentedTerms(String text) {
    List<String> exact = terms(analysis.exactAnalyzer(), text);
    List<String> folded = terms(analysis.foldedAnalyzer(), text);
    if (exact.size() != folded.size() || exact.equals(folded)) {
      return List.of();
    }
    return exact;
  }

  private Query asWrittenQuery(String field, String text, boolean quoted, List<String> asWritten) {
    if (asWritten.isEmpty()) {
      return null;
    }
    if (quoted) {
      return createFieldQuery(analysis.exactAnalyzer(), BooleanClause.Occur.SHOULD, field, text, true,
          getPhraseSlop());
    }
    List<String> folded = terms(analysis.foldedAnalyzer(), text);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (int i = 0; i < asWritten.size(); i++) {
      if (!asWritten.get(i).equals(folded.get(i))) {
        words.add(new TermQuery(new Term(field, asWritten.get(i))), BooleanClause.Occur.SHOULD);
      }
    }
    return words.build();
  }

  /**
   * Typo tolerance as Meilisearch sets it: none under 5 letters, one edit from 5, two from 9, and none in the first
   * letter (Meilisearch counts a wrong first letter as two typos; Tilde never tries it, which also keeps the scan of
   * the terms dictionary to the words that share the first letter, many times faster). A word the index has is
   * matched by its typos only faintly; a word it lacks is most likely the typo, and its neighbours count fully. None
   * either over {@link QueryBuilder#MAX_TYPO_TOLERANT_LENGTH} letters: no name is that long.
   */
  private Query typoQuery(String field, String word) {
    int letters = word.codePointCount(0, word.length());
    if (letters < 5 || letters > QueryBuilder.MAX_TYPO_TOLERANT_LENGTH
        || !word.codePoints().allMatch(Character::isLetter)) {
      return null;
    }
    if (!typoTolerant.contains(word)) {
      if (typoTolerant.size() >= TYPO_WORDS) {
        return null;
      }
      typoTolerant.add(word);
    }
    int edits = letters >= 9 ? 2 : 1;
    boolean known = isKnown(word);
    if (!known) {
      unknownWords.add(word);
    }
    return new BoostQuery(fuzzy(new Term(field, word), edits, KEPT_PREFIX, TYPO_EXPANSIONS),
        known ? TYPO_OF_KNOWN_WORD : TYPO_OF_UNKNOWN_WORD);
  }

  /**
   * {@code word~N} as typed, scored like the typo tolerance Tilde adds by itself; a word too long for typo tolerance
   * is searched as it is.
   */
  @Override
  protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
    int length = term.text().codePointCount(0, term.text().length());
    if (length > QueryBuilder.MAX_TYPO_TOLERANT_LENGTH) {
      return new TermQuery(term);
    }
    int edits = FuzzyQuery.floatToEdits(minimumSimilarity, length);
    return fuzzy(term, edits, prefixLength, FuzzyQuery.defaultMaxExpansions);
  }

  /**
   * A fuzzy query whose expansions each score with their own term statistics. Lucene's default blends them across
   * expansions, which a sharded index cannot reproduce: OpenSearch's dfs_query_then_fetch keeps one set of
   * statistics per term, so a word that is both typed exactly and an expansion would score differently on a cluster.
   */
  private static FuzzyQuery fuzzy(Term term, int edits, int prefixLength, int expansions) {
    return new FuzzyQuery(term, edits, prefixLength, expansions, FuzzyQuery.defaultTranspositions,
        new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(expansions));
  }

  /** Whether the index has {@code word} as such, or stemmed ("migrating" is no typo where "migration" is indexed). */
  private boolean isKnown(String word) {
    if (indexed == null) {
      return true;
    }
    if (indexed.contains(Schema.BODY, word) || indexed.contains(Schema.TITLE, word)) {
      return true;
    }
    for (String stemmed : List.of(Schema.BODY_EN, Schema.BODY_ES)) {
      for (String stem : terms(analysis.queryAnalyzer(), stemmed, word)) {
        if (indexed.contains(stemmed, stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Query phrase(String field, List<String> words) {
    return new PhraseQuery(field, words.toArray(String[]::new));
  }

  /** A title query (weighted as titles are) or a body query; either may be {@code null} when out of scope. */
  private static Query either(Query title, Query body) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    add(either, title, TITLE);
    add(either, body, BODY);
    return either.build();
  }

  private boolean inScope(String field) {
    return scope.contains(field);
  }

  private List<String> inScope(String... fields) {
    return java.util.Arrays.stream(fields).filter(scope::contains).toList();
  }

  private static void add(BooleanQuery.Builder query, Query clause, float weight) {
    if (clause == null || (clause instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
      return;
    }
    query.add(weight == 1.0f ? clause : new BoostQuery(clause, weight), BooleanClause.Occur.SHOULD);
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    return terms(analyzer, "", text);
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    for (Token token : TildeAnalysis.tokens(analyzer, field, text)) {
      terms.add(token.term());
    }
    return terms;
  }
}

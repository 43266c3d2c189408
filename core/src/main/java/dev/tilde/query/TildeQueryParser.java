package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.schema.Schema;
import dev.tilde.why.WordClauses;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The classic query syntax, with each word or phrase expanded over Tilde's fields and forms.
 *
 * <p>A word typed without a field searches the title and the body as one field, folded (with aliases), as written
 * when it has accents, stemmed per language, and with typo tolerance: the forms of one word are alternatives of it
 * ({@link WordQueries}), and the words add up, each weighing as rare as it is. A run of plain words also earns
 * phrase boosts when the document has them in order. {@code title:} and {@code body:} narrow that to one field;
 * other fields ({@code lang:}, {@code source:}, {@code id:}) match exactly. Not thread-safe: {@link QueryBuilder}
 * makes one per query.
 */
final class TildeQueryParser extends QueryParser {
  /** The pseudo-field of words typed without a field. */
  static final String ANY_FIELD = "_any";

  /** A phrase typed in quotes with the accents it was typed with outranks its folded matches. */
  private static final float PHRASE_AS_WRITTEN = 2.0f;

  private final TildeAnalysis analysis;
  private final Collection<String> scope;
  private final TypoTolerance typos;
  private final AcronymExpansions acronyms;
  /** The word queries of the run of words being read, or null outside one: what the analysis hooks build on. */
  private WordQueries words;
  /** The automaton states the query's regular expressions so far ask for, which {@link RegexpBudget} bounds. */
  private long regexpStates;
  /** Each clause built, with the typed word it stands for and the kind of match it is. */
  private final WordClauses clauses = new WordClauses();

  /**
   * @param indexed the terms of the index the query will run on, to tell known words from typos; {@code null} treats
   *     every word as known
   * @param scope the fields words typed without a field search ({@code title}, {@code body} or both)
   */
  TildeQueryParser(TildeAnalysis analysis, IndexedTerms indexed, Collection<String> scope) {
    super(ANY_FIELD, analysis.queryAnalyzer());
    this.analysis = analysis;
    this.scope = scope;
    this.typos = new TypoTolerance(analysis, indexed);
    this.acronyms = new AcronymExpansions(indexed);
    // Whole runs of words reach the analyzer together, so multi-word aliases ("Andrés Manuel López Obrador") match.
    setSplitOnWhitespace(false);
    setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    setDefaultOperator(Operator.OR);
    setDeterminizeWorkLimit(RegexpBudget.DETERMINIZE_WORK_LIMIT);
  }

  /** The clauses built so far that say why a hit matched, each with its typed word and kind. */
  WordClauses clauses() {
    return clauses;
  }

  /** The folded words that have no exact match in the index, so matched only through typo tolerance (if at all). */
  Set<String> unknownWords() {
    return typos.unknownWords();
  }

  /** The corrections of the words the index lacks that have one, by word. */
  Map<String, String> corrections() {
    return typos.corrections();
  }

  /** The acronyms and long forms the index learned that the query was built with, each {@code acronym=long form}. */
  List<String> acronyms() {
    return acronyms.used();
  }

  /** The folded words the index has in so many documents that their typos were not searched. */
  Set<String> commonWords() {
    return typos.commonWords();
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
    List<String> targets = any ? inScope(Schema.TITLE, Schema.BODY) : List.of(field);
    if (targets.isEmpty()) {
      return null;
    }
    return quoted ? phrase(targets, text) : words(any, targets, text);
  }

  /** A quoted phrase: its words in order in any field searched, as written above folded, the best counting. */
  private Query phrase(List<String> targets, String text) throws ParseException {
    List<Query> alternatives = new ArrayList<>();
    boolean accented = !terms(analysis.exactAnalyzer(), text).equals(terms(analysis.foldedAnalyzer(), text));
    for (String target : targets) {
      float weight = WordQueries.weight(target);
      add(alternatives, super.getFieldQuery(target, text, true), weight);
      if (accented) {
        add(alternatives, createFieldQuery(analysis.exactAnalyzer(), BooleanClause.Occur.SHOULD, target, text, true,
            getPhraseSlop()), weight * PHRASE_AS_WRITTEN);
      }
    }
    return alternatives.isEmpty() ? null : WordQueries.best(alternatives);
  }

  /**
   * A run of words typed without quotes: each word with all its forms, aliases as alternatives of the words they
   * stand for, the words in order boosted, and a given name's other forms next to the surname beside it.
   */
  private Query words(boolean any, List<String> targets, String text) throws ParseException {
    Query query;
    WordForms.Run typed = WordForms.of(analysis, text);
    List<String> folded = typed.folded();
    typos.noteAliases(folded);
    NameWords names = NameWords.of(typed.tokens(), text);
    acronyms.readRun(text, typed.tokens());
    WordKinds kinds = WordKinds.of(analysis, clauses, text);
    WordQueries run = new WordQueries(targets, typed.forms(), typos, names, acronyms, kinds);
    words = run;
    try {
      // Read as one text field reads queries (aliases expanded); the hooks below put each word in every target.
      query = super.getFieldQuery(Schema.TITLE, text, false);
    } finally {
      words = null;
    }
    if (query == null || folded.isEmpty()) {
      return query;
    }
    query = acronyms.withAcronyms(run, run.coordinated(run.withEveryWord(query, folded)), folded);
    if (!any) {
      return query;
    }
    query = new ParticleRuns(run).boosted(new WordOrder(targets, typos).boosted(query, folded), typed.tokens(), text);
    return new NameRuns(targets, names, typos, kinds).boosted(query);
  }

  // The analysis hooks: while a run of words is read, each term the analyzer gives becomes that word's query.

  @Override
  protected Query newTermQuery(Term term, float boost) {
    if (words == null) {
      return super.newTermQuery(term, boost);
    }
    return WordQueries.weighted(words.word(term.text()), boost);
  }

  @Override
  protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
    if (words == null) {
      return super.newSynonymQuery(field, terms);
    }
    List<Query> alternatives = new ArrayList<>(terms.length);
    for (TermAndBoost term : terms) {
      alternatives.add(WordQueries.weighted(words.word(term.term().utf8ToString()), term.boost()));
    }
    return WordQueries.best(alternatives);
  }

  @Override
  protected Query newGraphSynonymQuery(Iterator<Query> queries) {
    if (words == null) {
      return super.newGraphSynonymQuery(queries);
    }
    List<Query> alternatives = new ArrayList<>();
    queries.forEachRemaining(alternatives::add);
    return WordQueries.best(alternatives);
  }

  @Override
  protected Query analyzePhrase(String field, TokenStream stream, int slop) throws IOException {
    Query phrase = super.analyzePhrase(field, stream, slop);
    // A multi-word alias ("andres manuel lopez obrador" for "amlo") is a phrase in every target field.
    return words != null && phrase instanceof PhraseQuery built ? words.aliasAcrossFields(built) : phrase;
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
   * {@code query} on {@code field}, or, for words typed without a field, on each text field in scope, weighted as
   * that field, the best counting.
   */
  private Query overTextFields(String field, FieldQuery query) throws ParseException {
    if (!ANY_FIELD.equals(field)) {
      return query.on(field);
    }
    List<Query> alternatives = new ArrayList<>();
    for (String target : inScope(Schema.TITLE, Schema.BODY)) {
      add(alternatives, query.on(target), WordQueries.weight(target));
    }
    return alternatives.isEmpty() ? null : WordQueries.best(alternatives);
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
    return TypoTolerance.fuzzy(term, edits, prefixLength, FuzzyQuery.defaultMaxExpansions);
  }

  private List<String> inScope(String... fields) {
    return Arrays.stream(fields).filter(scope::contains).toList();
  }

  private static void add(List<Query> alternatives, Query clause, float weight) {
    if (clause == null || (clause instanceof BooleanQuery bq && bq.clauses().isEmpty())) {
      return;
    }
    alternatives.add(WordQueries.weighted(clause, weight));
  }

  private static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    for (Token token : TildeAnalysis.tokens(analyzer, "", text)) {
      terms.add(token.term());
    }
    return terms;
  }
}

package dev.tilde.analysis;

import dev.tilde.TildeException;
import dev.tilde.analysis.AnalysisChain.Component;
import dev.tilde.schema.Schema;
import dev.tilde.schema.TildeField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * Tilde's analysis: the chains that turn English and Spanish news text into terms, and which field uses which.
 *
 * <p>Every text token is Unicode-normalised (NFC), stripped of English possessives and lower-cased. The text fields
 * ({@code title}, {@code body}) index each word folded to ASCII ({@code lopez}) and, where folding changed it, also as
 * written ({@code lópez}) at the same position: folded queries find every spelling, and accented queries can prefer
 * the exact form. The body is indexed once more, stemmed for its language ({@code body_en}, {@code body_es}), with
 * capitalised words (names) kept whole. Aliases (AMLO ⇔ Andrés Manuel López Obrador) apply at query time only, so an
 * edited alias table needs no reindexing. The acronyms the text itself teaches are indexed once more, in a field of
 * their own ({@link #ACRONYMS}), and the body's names by their sound ({@link #NAMES}).
 */
public final class TildeAnalysis {
  /** The alias table that ships with Tilde, on the class path. */
  public static final String DEFAULT_ALIASES = "dev/tilde/analysis/aliases.txt";

  private static final Component STANDARD = Component.of("standard");
  private static final Component NFC = Component.of(NfcNormalizationFilterFactory.NAME);
  private static final Component POSSESSIVE = Component.of("englishPossessive");
  /** French, Catalan and Italian elisions ({@code l'opinion}, {@code d'Estaing}): the word after the apostrophe. */
  private static final Component ELISION = Component.of("elision", "ignoreCase", "true");
  private static final Component LOWERCASE = Component.of("lowercase");
  private static final Component FOLD = Component.of("asciiFolding");
  private static final Component NAMES_KEPT_WHOLE = Component.of(CapitalizedKeywordMarkerFilterFactory.NAME);

  /** Index chain of the text fields: folded words, plus the form as written where folding changed it. */
  public static final AnalysisChain TEXT = new AnalysisChain("text", STANDARD,
      List.of(NFC, ELISION, POSSESSIVE, LOWERCASE, Component.of("asciiFolding", "preserveOriginal", "true")));

  /** Query words as written: lower-cased, accents kept. Used to prefer documents with the exact accented form. */
  public static final AnalysisChain EXACT = new AnalysisChain("exact", STANDARD,
      List.of(NFC, ELISION, POSSESSIVE, LOWERCASE));

  /** Query words folded to ASCII, without aliases. Used for phrase boosts and typo tolerance. */
  public static final AnalysisChain FOLDED = new AnalysisChain("folded", STANDARD,
      List.of(NFC, ELISION, POSSESSIVE, LOWERCASE, FOLD));

  /** English body text, stemmed (Snowball English), stop words dropped, names whole. */
  public static final AnalysisChain ENGLISH = new AnalysisChain("english", STANDARD, List.of(
      NFC, ELISION, POSSESSIVE, NAMES_KEPT_WHOLE, LOWERCASE,
      Component.of("stop", "words", "org/apache/lucene/analysis/snowball/english_stop.txt", "format", "snowball"),
      FOLD, Component.of("snowballPorter", "language", "English")));

  /**
   * Spanish body text, stemmed (Lucene's light Spanish stemmer), stop words dropped, names whole. English possessives
   * are stripped here too: Spanish text quotes English names ("Harris's") and queries must read alike in every field.
   */
  public static final AnalysisChain SPANISH = new AnalysisChain("spanish", STANDARD, List.of(
      NFC, ELISION, POSSESSIVE, NAMES_KEPT_WHOLE, LOWERCASE,
      Component.of("stop", "words", "org/apache/lucene/analysis/snowball/spanish_stop.txt", "format", "snowball"),
      Component.of("spanishLightStem"), FOLD));

  /**
   * The acronyms a document's text teaches ({@link LearnedAcronymsTokenizer}): its definitions, and the names it
   * writes in full beside their initials in capitals.
   */
  public static final AnalysisChain ACRONYMS =
      new AnalysisChain("acronyms", Component.of(LearnedAcronymsTokenizerFactory.NAME), List.of());

  /**
   * The names of the body ({@link RunningTextNamesTokenizer}: capitalised inside a sentence), each by its sound as
   * Spanish spells it ({@link SpanishSoundKey}): {@code Jerez}, {@code Gerez} and {@code Xerez} are one term.
   */
  public static final AnalysisChain NAMES = new AnalysisChain("names",
      Component.of(RunningTextNamesTokenizerFactory.NAME),
      List.of(NFC, ELISION, POSSESSIVE, LOWERCASE, FOLD, Component.of(SpanishSoundKeyFilterFactory.NAME)));

  /** The chains fields are indexed with, by the name {@link TildeField#chain()} gives. */
  private static final Map<String, AnalysisChain> INDEX_CHAINS = Map.of(TEXT.name(), TEXT, ENGLISH.name(), ENGLISH,
      SPANISH.name(), SPANISH, ACRONYMS.name(), ACRONYMS, NAMES.name(), NAMES);

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;
  private final Analyzer exact;
  private final Analyzer folded;
  private final AnalysisChain query;
  private final Map<String, AnalysisChain> chainsByField;
  private final Map<String, AnalysisChain> queryChainsByField;
  private final List<String> aliasRules;

  private TildeAnalysis(List<String> aliasTables, ResourceLoader loader) {
    this.query = queryChain(aliasTables);
    this.aliasRules = AliasTables.rules(aliasTables, loader);
    this.exact = EXACT.build(loader);
    this.folded = FOLDED.build(loader);
    // Which chain reads which field is the schema's field table's word; queries read the text fields with aliases
    // expanded, the stemmed fields as they were indexed.
    Map<String, AnalysisChain> byField = new LinkedHashMap<>();
    Map<String, AnalysisChain> queryByField = new LinkedHashMap<>();
    for (TildeField field : TildeField.values()) {
      if (field.kind().analysed()) {
        AnalysisChain chain = INDEX_CHAINS.get(field.chain());
        byField.put(field.fieldName(), chain);
        queryByField.put(field.fieldName(), field.kind() == TildeField.Kind.TEXT ? query : chain);
      }
    }
    this.chainsByField = java.util.Collections.unmodifiableMap(byField);
    this.queryChainsByField = java.util.Collections.unmodifiableMap(queryByField);
    Map<String, Analyzer> built = new java.util.HashMap<>();
    this.indexAnalyzer = perField(byField, built, loader);
    this.queryAnalyzer = perField(queryByField, built, loader);
  }

  /** {@return the analysis with Tilde's own alias table} It is one shared instance, as analyzers are thread-safe. */
  public static TildeAnalysis standard() {
    return Standard.INSTANCE;
  }

  /** Holds the shared standard analysis, built on first use. */
  private static final class Standard {
    static final TildeAnalysis INSTANCE =
        new TildeAnalysis(List.of(DEFAULT_ALIASES), new ClasspathResourceLoader(TildeAnalysis.class.getClassLoader()));
  }

  /**
   * The analysis with Tilde's alias table extended by the user's {@code aliasFile} (same format; see the README).
   *
   * @param aliasFile the user's alias table, in Solr's synonym format
   * @return a new analysis that applies both tables
   * @throws TildeException if the file cannot be read or has a line Tilde cannot parse
   */
  public static TildeAnalysis withAliases(Path aliasFile) {
    if (!Files.isReadable(aliasFile)) {
      throw new TildeException("cannot read alias table " + aliasFile);
    }
    ResourceLoader loader = new UserFileResourceLoader(aliasFile.toAbsolutePath().getParent(),
        new ClasspathResourceLoader(TildeAnalysis.class.getClassLoader()));
    try {
      return new TildeAnalysis(List.of(DEFAULT_ALIASES, aliasFile.toAbsolutePath().toString()), loader);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new TildeException("bad alias table " + aliasFile + ": " + AliasTables.rootMessage(e), e);
    }
  }

  /**
   * The analysis whose alias table is exactly {@code rules} (Solr's synonym format, one rule each, as {@link
   * #aliasRules()} gives them): an index that holds its aliases inline, as an OpenSearch index does, searched with
   * the aliases it was made with.
   *
   * @param rules the alias rules, one each
   * @return a new analysis whose alias table holds these rules only
   * @throws TildeException if a rule cannot be parsed
   */
  public static TildeAnalysis withAliasRules(List<String> rules) {
    ResourceLoader loader =
        new InlineAliasRulesLoader(rules, new ClasspathResourceLoader(TildeAnalysis.class.getClassLoader()));
    try {
      return new TildeAnalysis(List.of(InlineAliasRulesLoader.TABLE), loader);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      throw new TildeException("bad alias rules: " + AliasTables.rootMessage(e), e);
    }
  }

  /** {@return the analyzer an index is written with: each field with its chain} */
  public Analyzer indexAnalyzer() {
    return indexAnalyzer;
  }

  /** {@return the analyzer queries are read with: like the index one, but folded only and with aliases expanded} */
  public Analyzer queryAnalyzer() {
    return queryAnalyzer;
  }

  /** {@return the analyzer that reads query words as written (accents kept)} */
  public Analyzer exactAnalyzer() {
    return exact;
  }

  /** {@return the analyzer that reads query words folded, without aliases} */
  public Analyzer foldedAnalyzer() {
    return folded;
  }

  /** {@return the chain the query analyzer applies to the text fields, alias tables included} */
  public AnalysisChain queryChain() {
    return query;
  }

  /**
   * The rules of every alias table in use, in Solr's synonym format, comments and blank lines left out: what the
   * query chain's {@code synonymGraph} reads, for engines that take the rules inline (an OpenSearch
   * {@code synonym_graph} filter).
   *
   * @return the rules, one each, in the tables' order
   */
  public List<String> aliasRules() {
    return aliasRules;
  }

  /**
   * Which chain reads queries on each analysed field: the query chain for the text fields, else the index chain.
   *
   * @return each analysed field's query chain, by field name
   */
  public Map<String, AnalysisChain> queryChainsByField() {
    return queryChainsByField;
  }

  /** {@return each analysed field's index chain, by field name} */
  public Map<String, AnalysisChain> chainsByField() {
    return chainsByField;
  }

  /** What {@link #analyze} takes: the analysed fields, and {@value #QUERY} for the way queries are read. */
  public static final String QUERY = "query";

  /**
   * The tokens the chain of {@code field} makes of {@code text}, as Elasticsearch's {@code _analyze} shows them;
   * {@code field} is one of {@link #chainsByField()}'s keys, or {@value #QUERY} for the query chain (aliases
   * expanded).
   *
   * @param field the field whose chain to run, or {@value #QUERY}
   * @param text the text to analyse
   * @return the tokens, in order
   * @throws TildeException if there is no such field
   */
  public List<Token> analyze(String field, String text) {
    if (QUERY.equals(field)) {
      return tokens(queryAnalyzer, Schema.BODY, text);
    }
    if (!chainsByField.containsKey(field)) {
      throw new TildeException("no analysed field '" + field + "'; one of: "
          + String.join(", ", chainsByField.keySet()) + ", " + QUERY);
    }
    return tokens(indexAnalyzer, field, text);
  }

  /**
   * The chain {@link #analyze} uses for {@code field}.
   *
   * @param field one of {@link #chainsByField()}'s keys, or {@value #QUERY}
   * @return the chain, or {@code null} if there is no such field
   */
  public AnalysisChain chainOf(String field) {
    return QUERY.equals(field) ? query : chainsByField.get(field);
  }

  /**
   * The tokens {@code analyzer} makes of {@code text} for {@code field}, as {@code tilde analyze} prints them.
   *
   * @param analyzer the analyzer to run
   * @param field the field name it is run for
   * @param text the text to analyse
   * @return the tokens, in order
   */
  public static List<Token> tokens(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += inc.getPositionIncrement();
        tokens.add(new Token(term.toString(), position, length.getPositionLength(), offset.startOffset(),
            offset.endOffset(), type.type()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static AnalysisChain queryChain(List<String> aliasTables) {
    List<Component> filters = new ArrayList<>(FOLDED.filters());
    filters.add(Component.of("synonymGraph",
        "synonyms", String.join(",", aliasTables),
        "format", "solr",
        "expand", "true",
        "analyzer", AliasRuleAnalyzer.class.getName()));
    return new AnalysisChain("query", STANDARD, filters);
  }

  /** One analyzer per field from {@code chains}, each chain built once (into {@code built}, by name). */
  private static Analyzer perField(Map<String, AnalysisChain> chains, Map<String, Analyzer> built,
      ResourceLoader loader) {
    Map<String, Analyzer> analyzers = new java.util.HashMap<>();
    chains.forEach((field, chain) -> analyzers.put(field, built.computeIfAbsent(chain.name(), n -> chain.build(loader))));
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), analyzers);
  }
}

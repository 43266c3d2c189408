package dev.tilde.opensearch.plugin;

import dev.tilde.acronyms.LearnedAcronyms;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.query.IndexedTerms;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Builds, on one shard, the Lucene query Tilde's {@link QueryBuilder} makes of a user's text for a local index, so
 * that the shards of a cluster together score as one local index would.
 *
 * <p>Two things a shard cannot know alone are handed to it: which of the query's words the whole index lacks (a
 * typo's neighbours then count fully rather than faintly; without the list each shard decides with its own terms)
 * and their likeliest corrections in it, which aliases to expand (the index's own, from its settings, and any the
 * request adds), and which acronyms the whole index learned that the query expands (a shard knows only those its own
 * documents taught; without the list it expands those).
 */
final class TildeShardQuery {
  /** The setting that holds an index's alias rules: its {@code synonym_graph} filter's, inline. */
  static final String ALIAS_RULES_SETTING =
      "index.analysis.filter." + TildeAnalysisPlugin.ALIASES_FILTER + ".synonyms";
  /** A term no analysis chain makes (tokenizers never keep control characters). */
  static final String STATISTICS_PROBE = "\u0000";
  /** How many alias tables' analyses are kept: an index has one table, and a node holds few Tilde indexes. */
  private static final int READINGS_KEPT = 16;

  /** An analysis and the query builder over it, built once per alias table (building them takes a while). */
  private record Reading(TildeAnalysis analysis, QueryBuilder builder) {}

  private static final Map<List<String>, Reading> READINGS = new LinkedHashMap<>(READINGS_KEPT, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<String>, Reading> eldest) {
      return size() > READINGS_KEPT;
    }
  };

  private TildeShardQuery() {}

  /**
   * The query for {@code text} over {@code fields}, on the shard that {@code reader} reads.
   *
   * @param indexRules the index's alias rules (empty for an index without its own: Tilde's are used)
   * @param extraRules alias rules the request adds to the index's
   * @param unknownWords the query's words the whole index lacks, or {@code null} to ask {@code reader}
   * @param commonWords with {@code unknownWords}, the query's words too common in the whole index for typos
   * @param corrections with {@code unknownWords}, the likeliest correction of those that have one in the whole index
   * @param acronyms the acronyms the whole index learned that the query expands ({@code acronym=long form}), or
   *     {@code null} to expand those the shard's own documents taught
   * @param reader the shard's reader, or {@code null} where there is none (every word is then taken to exist)
   * @throws dev.tilde.TildeException if the text holds nothing to search for, or is too long
   */
  static Query build(String text, Collection<String> fields, List<String> indexRules, List<String> extraRules,
      Collection<String> unknownWords, Collection<String> commonWords, Map<String, String> corrections,
      List<String> acronyms, IndexReader reader) {
    Reading reading = reading(rules(indexRules, extraRules));
    IndexedTerms indexed = unknownWords != null ? allBut(unknownWords, commonWords, corrections, reading.analysis())
        : reader == null ? null : IndexedTerms.of(reader);
    if (indexed != null && (acronyms != null || unknownWords != null)) {
      indexed = withAcronyms(indexed, acronyms != null ? LearnedAcronyms.ofPairs(acronyms)
          : reader == null ? LearnedAcronyms.NONE : LearnedAcronyms.in(reader, Schema.ACRONYMS));
    }
    return withStatisticsProbes(reading.builder().build(text, indexed, fields).query());
  }

  /** {@code indexed} answering {@code learned} for the acronyms it learned. */
  static IndexedTerms withAcronyms(IndexedTerms indexed, LearnedAcronyms learned) {
    return new IndexedTerms() {
      @Override
      public boolean contains(String field, String term) {
        return indexed.contains(field, term);
      }

      @Override
      public boolean inAtLeast(String field, String term, int documents) {
        return indexed.inAtLeast(field, term, documents);
      }

      @Override
      public String correction(String word) {
        return indexed.correction(word);
      }

      // Told, as corrections are: the default would look for a swap among words every one of which is "contained".
      @Override
      public String swapCorrection(String word, int keptPrefix) {
        return indexed.swapCorrection(word, keptPrefix);
      }

      @Override
      public boolean mayBeAcronym(String word) {
        return indexed.mayBeAcronym(word);
      }

      @Override
      public LearnedAcronyms acronyms() {
        return learned;
      }
    };
  }

  /** The alias rules in force: the index's own (Tilde's where it has none), then the request's, each once. */
  static List<String> rules(List<String> indexRules, List<String> extraRules) {
    Set<String> rules = new LinkedHashSet<>(indexRules.isEmpty() ? TildeAnalysis.standard().aliasRules() : indexRules);
    rules.addAll(extraRules);
    return List.copyOf(rules);
  }

  private static Reading reading(List<String> rules) {
    synchronized (READINGS) {
      Reading known = READINGS.get(rules);
      if (known != null) {
        return known;
      }
    }
    TildeAnalysis analysis = rules.equals(TildeAnalysis.standard().aliasRules()) ? TildeAnalysis.standard()
        : TildeAnalysis.withAliasRules(rules);
    Reading made = new Reading(analysis, new QueryBuilder(analysis));
    synchronized (READINGS) {
      return READINGS.computeIfAbsent(rules, r -> made);
    }
  }

  /**
   * The terms of an index that has every word but {@code unknownWords}: as such in the text fields, and stemmed in
   * the stemmed ones, which is all the query builder asks to tell a word from a typo; {@code commonWords} in as many
   * documents as it asks about, the others in one; {@code corrections} of the unknown words that have one.
   */
  static IndexedTerms allBut(Collection<String> unknownWords, Collection<String> commonWords,
      Map<String, String> corrections, TildeAnalysis analysis) {
    Set<String> absent = new HashSet<>();
    for (String word : unknownWords) {
      for (String field : Schema.SEARCHED_FIELDS) {
        absent.add(field + '\u0000' + word);
      }
      for (String stemmed : List.of(Schema.BODY_EN, Schema.BODY_ES)) {
        TildeAnalysis.tokens(analysis.queryAnalyzer(), stemmed, word)
            .forEach(stem -> absent.add(stemmed + '\u0000' + stem.term()));
      }
    }
    Set<String> common = Set.copyOf(commonWords);
    Map<String, String> corrected = Map.copyOf(corrections);
    return new IndexedTerms() {
      @Override
      public String correction(String word) {
        return corrected.get(word);
      }

      // Every word but the unknown ones is "contained" here, so a swap is not looked for but told, as corrections are.
      @Override
      public String swapCorrection(String word, int keptPrefix) {
        return corrected.get(word);
      }

      @Override
      public boolean contains(String field, String term) {
        return !absent.contains(field + '\u0000' + term);
      }

      // Any word may be an acronym here: the acronyms the client found the query to expand are told.
      @Override
      public boolean mayBeAcronym(String word) {
        return true;
      }

      @Override
      public boolean inAtLeast(String field, String term, int documents) {
        return documents <= 1 ? documents <= 0 || contains(field, term) : common.contains(term);
      }
    };
  }

  /**
   * {@code query} with, beside it, a term no document has in each field it searches. They match nothing, so they
   * change no score; they make every shard report the field's statistics (document count, average length) in the
   * DFS phase. A shard reports a field only when a query asks it for a statistic of that field, and a shard none of
   * whose documents has the query's words would not: the whole index's statistics would then be those of the shards
   * that have the words, and scores would differ from a single index's.
   */
  static Query withStatisticsProbes(Query query) {
    Set<String> fields = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }
    });
    // All optional: a required query that cannot match on some shard would take the probes with it when rewritten.
    BooleanQuery.Builder probed = new BooleanQuery.Builder().add(query, BooleanClause.Occur.SHOULD);
    for (String field : fields) {
      probed.add(new TermQuery(new Term(field, STATISTICS_PROBE)), BooleanClause.Occur.SHOULD);
    }
    return probed.build();
  }
}

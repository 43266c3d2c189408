package dev.tilde.query;

import dev.tilde.analysis.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The boost two typed names next to each other earn where a document has them with a particle between (one or two
 * words, as {@code de}, {@code de la}) or without the one typed ({@link NameParticles}): {@code Pérez Cuéllar} ranks
 * "Pérez de Cuéllar" as the words in order would rank, {@code Pérez de Cuéllar} "Pérez Cuéllar", {@code Karl Wogau}
 * "Karl von Wogau". The document scores as the phrase of the two names would, times {@link #WITH_OR_WITHOUT}, so the
 * name as typed ranks first. A particle is looked for between two words typed with capitals (names), or dropped
 * where one was typed: {@code fishing quotas} gets no such boost, so most queries cost nothing more.
 */
final class ParticleRuns {
  /** What the name with a particle added or dropped earns, of what the words as typed in order earn. */
  static final float WITH_OR_WITHOUT = 0.4f;
  /** The words of a longer run next to each other earn less, as in {@link WordOrder}'s pairs. */
  private static final float PART_OF_RUN = 0.5f;
  /** Most pairs of names a query boosts. */
  private static final int MOST_PAIRS = 4;

  private final WordQueries words;

  ParticleRuns(WordQueries words) {
    this.words = words;
  }

  /** {@code query} with the boosts of the names of the run {@code text} (its words folded, {@code tokens}), if any. */
  Query boosted(Query query, List<Token> tokens, String text) {
    if (tokens.size() < 2 || tokens.size() > WordOrder.LONGEST_RUN) {
      return query;
    }
    List<String> folded = tokens.stream().map(Token::term).toList();
    List<Boolean> capital = tokens.stream()
        .map(token -> Character.isUpperCase(text.codePointAt(token.startOffset()))).toList();
    boolean[] particle = NameParticles.inside(folded);
    List<Query> runs = new ArrayList<>();
    int previous = -1;
    for (int i = 0; i < folded.size() && runs.size() < MOST_PAIRS; i++) {
      if (particle[i] || Honorifics.contains(folded.get(i))) {
        previous = particle[i] ? previous : -1; // a title is no name: "Minister Moratinos" gets no particle
        continue;
      }
      boolean typedParticle = previous >= 0 && i - previous > 1;
      if (previous >= 0 && i - previous - 1 <= NameParticles.LONGEST
          && (typedParticle || capital.get(previous) && capital.get(i))) {
        List<String> typed = folded.subList(previous, i + 1);
        float weight = WITH_OR_WITHOUT * (typed.size() == folded.size() ? 1.0f : PART_OF_RUN);
        runs.add(new BoostQuery(withOrWithout(typed, typedParticle), weight));
      }
      previous = i;
    }
    if (runs.isEmpty()) {
      return query;
    }
    // Beside the other boosts of the run (WordOrder's), rather than one level down.
    BooleanQuery.Builder boosted = new BooleanQuery.Builder();
    List<Query> clauses = WordQueries.optionalClauses(query);
    (clauses == null ? List.of(query) : clauses).forEach(clause -> boosted.add(clause, BooleanClause.Occur.SHOULD));
    runs.forEach(run -> boosted.add(run, BooleanClause.Occur.SHOULD));
    return boosted.build();
  }

  /**
   * The first and last of {@code typed} with no particle between (where one was typed), or with one or two words
   * between, in the fields searched, each field weighted as {@link WordOrder} weighs its phrases: a phrase scores
   * with its words' statistics, as the words typed in order would.
   */
  private Query withOrWithout(List<String> typed, boolean typedParticle) {
    String first = typed.get(0);
    String last = typed.get(typed.size() - 1);
    List<Query> alternatives = new ArrayList<>();
    for (String field : words.fields()) {
      // One or two words between, whatever they are: a phrase with a gap reads only the two names' positions, where
      // one listing every particle read the positions of "de", "da", "e", "i" in every document that has both names
      // (a third of a name query's time). Between two names typed next to each other, a word is nearly always one.
      for (int gap = typedParticle ? 0 : 1; gap <= NameParticles.LONGEST; gap++) {
        Query phrase = new PhraseQuery.Builder().add(new Term(field, first), 0).add(new Term(field, last), gap + 1)
            .build();
        alternatives.add(WordQueries.weighted(phrase, WordQueries.weight(field)));
      }
    }
    return WordQueries.best(alternatives);
  }
}

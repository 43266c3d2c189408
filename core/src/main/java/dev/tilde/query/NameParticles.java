package dev.tilde.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The particles and conjunctions inside people's names, which the text writes or leaves out of the same name:
 * {@code de}, {@code del}, {@code de la}, {@code de los}, {@code y}, {@code i}, {@code e}, {@code da}, {@code dos},
 * {@code van}, {@code von}, {@code van der} ({@code Pérez de Cuéllar} and {@code Pérez Cuéllar}, {@code Romeva i
 * Rueda}, {@code Karl von Wogau}). A typed word is one only between two other typed words; there it is as common
 * as a stop word and says nothing alone, so it counts only in documents with another typed word ({@link
 * #besideOtherWords}), and a run of typed names matches with it or without it ({@link ParticleRuns}).
 */
final class NameParticles {
  /** A particle of one word. */
  static final List<String> ONE_WORD =
      List.of("da", "das", "de", "del", "di", "do", "dos", "du", "e", "i", "van", "von", "y", "zu");
  /** The first words of particles of two words. */
  static final List<String> FIRST_OF_TWO = List.of("de", "van", "von");
  /** The second words of particles of two words: {@code de la}, {@code van der}. */
  static final List<String> SECOND_OF_TWO = List.of("den", "der", "la", "las", "los");
  /** Longest particle, in words. */
  static final int LONGEST = 2;

  private NameParticles() {}

  /**
   * Which of the typed words {@code folded} are particles: those of a particle ({@link #ONE_WORD}, or two words, as
   * {@code de la}) of at most {@link #LONGEST} words that stands between two other words.
   */
  static boolean[] inside(List<String> folded) {
    boolean[] candidate = new boolean[folded.size()];
    for (int i = 0; i < folded.size(); i++) {
      String word = folded.get(i);
      candidate[i] = ONE_WORD.contains(word)
          || SECOND_OF_TWO.contains(word) && i > 0 && candidate[i - 1] && FIRST_OF_TWO.contains(folded.get(i - 1));
    }
    boolean[] particle = new boolean[folded.size()];
    for (int start = 0; start < folded.size(); start++) {
      if (!candidate[start]) {
        continue;
      }
      int end = start;
      while (end < folded.size() && candidate[end]) {
        end++;
      }
      if (start > 0 && end < folded.size() && end - start <= LONGEST) {
        for (int i = start; i < end; i++) {
          particle[i] = true;
        }
      }
      start = end;
    }
    return particle;
  }

  /** The typed words {@code folded} that are particles somewhere among them. */
  static Set<String> typedInside(List<String> folded) {
    boolean[] particle = inside(folded);
    Set<String> particles = new HashSet<>();
    for (int i = 0; i < folded.size(); i++) {
      if (particle[i]) {
        particles.add(folded.get(i));
      }
    }
    return particles;
  }

  /**
   * {@code words} (a sum of optional clauses, or any query) with the particles' queries {@code particles} added,
   * each counting only in documents where one of {@code others} (what shows another typed word is there) matches: a
   * particle alone never carries a hit.
   */
  static Query besideOtherWords(Query words, List<Query> particles, List<Query> others) {
    if (particles.isEmpty() || others.isEmpty()) {
      return words;
    }
    BooleanQuery.Builder with = new BooleanQuery.Builder();
    List<Query> clauses = WordQueries.optionalClauses(words);
    (clauses == null ? List.of(words) : clauses).forEach(clause -> with.add(clause, BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder anyOther = new BooleanQuery.Builder();
    others.forEach(other -> anyOther.add(other, BooleanClause.Occur.SHOULD));
    Query filter = anyOther.build();
    for (Query particle : particles) {
      with.add(new BooleanQuery.Builder().add(particle, BooleanClause.Occur.MUST)
          .add(filter, BooleanClause.Occur.FILTER).build(), BooleanClause.Occur.SHOULD);
    }
    return with.build();
  }
}

package dev.tilde.query;

import dev.tilde.query.NameWords.Kind;
import dev.tilde.query.NameWords.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The boost a run of typed words earns where a document names the person as the run does, in another of the given
 * name's forms ({@link NameVariants}): the given names or initials typed beside a surname, each as any of its forms,
 * next to that surname (one word may stand between, as in "Joseph R. Biden"; typed after the surname, in either
 * order). {@code Joe Biden} finds "Joseph Biden", {@code Chema Aznar} "José María Aznar", {@code A. M. López}
 * "Andrés Manuel López". It scores a constant, below what a typo's run in order earns ({@link WordOrder}), and a
 * document with the name as typed earns it too, over its exact phrase: the exact form ranks first, then a typo of a
 * word the index lacks, then the other forms. It only ranks the documents the surname finds, and finds none of its
 * own: {@code Mary} alone never finds María, nor {@code Mary recipe} a María beside no recipe.
 */
final class NameRuns {
  /** What a run of another form of the name earns, as a constant: below a typo's run in order (4). */
  static final float NAME_VARIANT_RUN = 3.5f;
  /** Words between the given names and the surname typed after them: a middle name or initial. */
  private static final int SLOP_AFTER = 1;
  /** Typed after the surname: the two in either order. */
  private static final int SLOP_BEFORE = 2;
  /** Most given names' runs a query boosts, so a long query stays far below Lucene's clause limit. */
  private static final int MOST_RUNS = 4;
  /** Most given names or initials one run has: each position holds up to a hundred forms. */
  private static final int MOST_GIVEN_NAMES = 4;

  private final List<String> fields;
  private final NameWords names;
  private final TypoTolerance typos;
  private final WordKinds kinds;

  NameRuns(List<String> fields, NameWords names, TypoTolerance typos, WordKinds kinds) {
    this.fields = fields;
    this.names = names;
    this.typos = typos;
    this.kinds = kinds;
  }

  /** {@code query} with the boosts of the runs of given names beside a surname that have other forms. */
  Query boosted(Query query) {
    List<Query> runs = new ArrayList<>();
    List<Word> words = names.asName();
    for (int start = 0; start < words.size() && runs.size() < MOST_RUNS; start++) {
      if (!words.get(start).given() || start > 0 && words.get(start - 1).given()) {
        continue;
      }
      int end = start;
      while (end < words.size() && words.get(end).given()) {
        end++;
      }
      Query run = run(words.subList(start, end), words, start, end);
      if (run != null) {
        runs.add(run);
      }
    }
    if (runs.isEmpty()) {
      return query;
    }
    // Beside the other boosts of the run (WordOrder's), rather than one level down.
    BooleanQuery.Builder boosted = new BooleanQuery.Builder();
    if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      bool.clauses().forEach(boosted::add);
    } else {
      boosted.add(query, BooleanClause.Occur.SHOULD);
    }
    runs.forEach(run -> boosted.add(run, BooleanClause.Occur.SHOULD));
    return boosted.build();
  }

  /** The boost of the given names {@code given} at [start, end) beside the surname after or else before them. */
  private Query run(List<Word> given, List<Word> words, int start, int end) {
    boolean after = end < words.size() && words.get(end).kind() == Kind.SURNAME;
    if (!after && (start == 0 || words.get(start - 1).kind() != Kind.SURNAME)) {
      return null;
    }
    Set<String> surname = Set.of(surname(words.get(after ? end : start - 1).folded()));
    List<Set<String>> forms = forms(given);
    if (forms.size() > MOST_GIVEN_NAMES) {
      return null;
    }
    List<List<Set<String>>> alternatives = new ArrayList<>(longerAndShorter(given, forms));
    if (forms.stream().anyMatch(position -> position.size() > 1)) {
      alternatives.add(0, forms);
    }
    if (alternatives.isEmpty()) {
      return null; // no other forms: the run in order is WordOrder's
    }
    List<Query> inFields = new ArrayList<>();
    for (String field : fields) {
      for (List<Set<String>> alternative : alternatives) {
        List<Set<String>> positions = new ArrayList<>(alternative);
        positions.add(after ? positions.size() : 0, surname);
        Query phrase = new ConstantScoreQuery(phrase(field, positions, after ? SLOP_AFTER : SLOP_BEFORE));
        inFields.add(WordQueries.weighted(phrase, WordQueries.weight(field)));
      }
    }
    Query variants = WordQueries.best(inFields);
    kinds.nameRun(given, variants);
    return new BoostQuery(variants, NAME_VARIANT_RUN);
  }

  /** The surname as the index most likely has it: as typed, or a typo's correction. */
  private String surname(String folded) {
    String corrected = typos.correction(folded);
    return corrected != null ? corrected : folded;
  }

  /** Each position's forms: a given name's, or each initial's. */
  private static List<Set<String>> forms(List<Word> given) {
    List<Set<String>> positions = new ArrayList<>();
    for (Word word : given) {
      if (word.kind() == Kind.INITIALS) {
        word.letters().forEach(letter -> positions.add(NameVariants.ofInitial(letter)));
      } else {
        positions.add(NameVariants.of(word.folded()));
      }
    }
    return positions;
  }

  /**
   * The runs where a nickname stands for a given name of several words ({@code Chema}: José María), or several typed
   * given names have a nickname ({@code José María}: Chema), one replaced at a time.
   */
  private static List<List<Set<String>>> longerAndShorter(List<Word> given, List<Set<String>> forms) {
    List<List<Set<String>>> alternatives = new ArrayList<>();
    if (given.stream().anyMatch(word -> word.kind() == Kind.INITIALS)) {
      return alternatives; // positions are letters, not words
    }
    for (int i = 0; i < given.size(); i++) {
      for (List<String> longer : NameVariants.longer(given.get(i).folded())) {
        List<Set<String>> alternative = new ArrayList<>(forms.subList(0, i));
        longer.forEach(name -> alternative.add(Set.of(name)));
        alternative.addAll(forms.subList(i + 1, forms.size()));
        alternatives.add(alternative);
      }
      for (int j = i + 2; j <= given.size(); j++) {
        Set<String> shorter = NameVariants.shorter(given.subList(i, j).stream().map(Word::folded).toList());
        if (!shorter.isEmpty()) {
          List<Set<String>> alternative = new ArrayList<>(forms.subList(0, i));
          alternative.add(new LinkedHashSet<>(shorter));
          alternative.addAll(forms.subList(j, forms.size()));
          alternatives.add(alternative);
        }
      }
    }
    return alternatives;
  }

  private static MultiPhraseQuery phrase(String field, List<Set<String>> positions, int slop) {
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder().setSlop(slop);
    for (Set<String> position : positions) {
      // In order, so every node of a cluster builds the same query from the same text.
      phrase.add(position.stream().sorted().map(form -> new Term(field, form)).toArray(Term[]::new));
    }
    return phrase.build();
  }
}

package dev.tilde.acronyms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The acronyms an index learned from its documents' text ({@link AcronymTerms}), as of one commit: an acronym's long
 * forms, a long form's acronyms, and the whole table for {@code tilde info}. Only live documents count, so a
 * deleted document's definitions go with it.
 *
 * <p>What the text defines outweighs initials: an acronym that some document defines expands to its definitions only,
 * and to a person's full name only where none does. An acronym expands to its {@value #MOST_LONG_FORMS} long forms
 * held by the most documents (then alphabetically), which bounds a query's size; a long form finds the acronyms it
 * is one of those of.
 */
public final class LearnedAcronyms {
  /** Most long forms one acronym expands to. */
  public static final int MOST_LONG_FORMS = 4;
  /** What an index that learned nothing, or cannot tell, answers. */
  public static final LearnedAcronyms NONE = new LearnedAcronyms(prefixes -> Map.of());
  /** Separates an acronym from its long form in a {@link #pair}. */
  private static final char PAIR = '=';

  /**
   * How many live documents hold each term of the learned field that starts with one of some prefixes: what an index
   * answers, a cluster in one request for all of them.
   */
  @FunctionalInterface
  public interface TermCounts {
    /**
     * The terms that start with any of {@code prefixes}, with how many live documents hold each.
     *
     * @param prefixes the terms' beginnings
     * @return each term and its live documents (more than 0)
     */
    Map<String, Long> startingWith(Collection<String> prefixes);
  }

  /**
   * One acronym and one of its long forms, as {@code tilde info} lists them.
   *
   * @param acronym the acronym, as the text writes it most
   * @param longForm the long form, as the text writes it most
   * @param source how the text gives it
   * @param documents how many documents give it
   */
  public record Learned(String acronym, String longForm, Acronym.Source source, long documents) {}

  private final TermCounts counts;

  private LearnedAcronyms(TermCounts counts) {
    this.counts = counts;
  }

  /**
   * The acronyms whose terms {@code counts} tells: a cluster's, or pairs a query was built with.
   *
   * @param counts the learned field's terms
   * @return the acronyms
   */
  public static LearnedAcronyms of(TermCounts counts) {
    return new LearnedAcronyms(counts);
  }

  /**
   * The acronyms a query was built with, as {@link #pair} wrote them: a cluster's shards are told them, so that each
   * builds the query the whole index gives, whichever documents it holds.
   *
   * @param pairs acronyms and long forms, each {@code acronym=long form}, folded
   * @return the acronyms, each expanding to the long forms paired with it
   */
  public static LearnedAcronyms ofPairs(List<String> pairs) {
    TreeMap<String, Long> terms = new TreeMap<>();
    for (String pair : pairs) {
      int equals = pair.indexOf(PAIR);
      if (equals > 0 && equals < pair.length() - 1) {
        String acronym = pair.substring(0, equals);
        String longForm = pair.substring(equals + 1);
        AcronymTerms.of(new Acronym(acronym, longForm, Acronym.Source.DEFINED), acronym, longForm)
            .forEach(term -> terms.put(term, 1L));
      }
    }
    return new LearnedAcronyms(prefixes -> {
      Map<String, Long> found = new HashMap<>();
      prefixes.forEach(prefix -> found.putAll(terms.subMap(prefix, prefix + Character.MAX_VALUE)));
      return found;
    });
  }

  /**
   * An acronym and one of its long forms as {@link #ofPairs} reads them.
   *
   * @param acronym the acronym, folded
   * @param longForm the long form, folded
   * @return {@code acronym=long form}
   */
  public static String pair(String acronym, String longForm) {
    return acronym + PAIR + longForm;
  }

  /**
   * The acronyms the index {@code reader} reads learned, in its field {@code field}.
   *
   * @param reader the index
   * @param field the field of {@link AcronymTerms}
   * @return the acronyms, looked up in {@code reader} as they are asked for
   */
  public static LearnedAcronyms in(IndexReader reader, String field) {
    return new LearnedAcronyms(prefixes -> {
      Map<String, Long> found = new HashMap<>();
      prefixes.forEach(prefix -> liveCounts(reader, field, prefix)
          .forEach((term, documents) -> found.merge(term, documents, Long::sum)));
      return found;
    });
  }

  /**
   * The long forms each of {@code acronyms} expands to, folded as queries are (words joined by single spaces).
   *
   * @param acronyms acronyms, folded ({@code pri})
   * @return the long forms of those the index learned, most documents first, by acronym
   */
  public Map<String, List<String>> longForms(Collection<String> acronyms) {
    Map<String, List<String>> longForms = longForms(acronyms, Acronym.Source.DEFINED);
    List<String> undefined = acronyms.stream().filter(acronym -> !longForms.containsKey(acronym)).toList();
    if (!undefined.isEmpty()) {
      longForms.putAll(longForms(undefined, Acronym.Source.INITIALS));
    }
    return longForms;
  }

  private Map<String, List<String>> longForms(Collection<String> acronyms, Acronym.Source source) {
    Map<String, Map<String, Long>> documents = new TreeMap<>();
    counts.startingWith(acronyms.stream().map(acronym -> AcronymTerms.longFormsOf(source, acronym)).toList())
        .forEach((term, count) -> {
          String[] parts = AcronymTerms.forwardParts(term, source);
          if (parts.length >= 2) {
            documents.computeIfAbsent(parts[0], a -> new HashMap<>()).merge(parts[1], count, Long::sum);
          }
        });
    Map<String, List<String>> longForms = new LinkedHashMap<>();
    documents.forEach((acronym, byLongForm) -> longForms.put(acronym, top(byLongForm)));
    return longForms;
  }

  /**
   * The acronyms that expand to each of {@code longForms}.
   *
   * @param longForms long forms, folded as queries are (words joined by single spaces)
   * @return the acronyms of those that have some, folded, by long form
   */
  public Map<String, List<String>> acronymsOf(Collection<String> longForms) {
    Map<String, List<String>> candidates = new TreeMap<>();
    List<String> prefixes = new ArrayList<>();
    for (Acronym.Source source : Acronym.Source.values()) {
      longForms.forEach(longForm -> prefixes.add(AcronymTerms.acronymsOf(source, longForm)));
    }
    counts.startingWith(prefixes).keySet().stream().sorted().forEach(term -> {
      String acronym = AcronymTerms.backwardAcronym(term);
      String longForm = AcronymTerms.backwardLongForm(term);
      List<String> of = candidates.computeIfAbsent(longForm, l -> new ArrayList<>());
      if (!of.contains(acronym)) {
        of.add(acronym);
      }
    });
    if (candidates.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> expanded = longForms(candidates.values().stream().flatMap(List::stream)
        .distinct().toList());
    Map<String, List<String>> acronyms = new LinkedHashMap<>();
    candidates.forEach((longForm, of) -> {
      List<String> kept = of.stream()
          .filter(acronym -> expanded.getOrDefault(acronym, List.of()).contains(longForm)).toList();
      if (!kept.isEmpty()) {
        acronyms.put(longForm, kept);
      }
    });
    return acronyms;
  }

  /** {@return every acronym learned with each long form it expands to, acronyms in alphabetical order} */
  public List<Learned> all() {
    Map<String, Map<String, Written>> defined = table(Acronym.Source.DEFINED);
    Map<String, Map<String, Written>> initials = table(Acronym.Source.INITIALS);
    initials.keySet().removeAll(defined.keySet());
    List<Learned> all = new ArrayList<>();
    for (Map<String, Map<String, Written>> table : List.of(defined, initials)) {
      table.forEach((acronym, longForms) -> {
        Map<String, Long> documents = new HashMap<>();
        longForms.forEach((longForm, written) -> documents.put(longForm, written.documents()));
        for (String longForm : top(documents)) {
          Written written = longForms.get(longForm);
          all.add(new Learned(written.acronym(), written.longForm(), written.source(), written.documents()));
        }
      });
    }
    all.sort(Comparator.comparing((Learned l) -> Folded.of(l.acronym())).thenComparing(l -> -l.documents())
        .thenComparing(Learned::longForm));
    return all;
  }

  /** How one long form of an acronym is written most, and in how many documents, all writings together. */
  private record Written(String acronym, String longForm, Acronym.Source source, long most, long documents) {
    Written adding(long total) {
      return new Written(acronym, longForm, source, most, total);
    }
  }

  /** Every acronym of {@code source}, by folded acronym, then by folded long form. */
  private Map<String, Map<String, Written>> table(Acronym.Source source) {
    Map<String, Map<String, Written>> table = new TreeMap<>();
    counts.startingWith(List.of(AcronymTerms.prefix(source, AcronymTerms.Kind.FORWARD))).forEach((term, documents) -> {
      String[] parts = AcronymTerms.forwardParts(term, source);
      if (parts.length == 4) {
        table.computeIfAbsent(parts[0], a -> new TreeMap<>()).merge(parts[1],
            new Written(parts[2], parts[3], source, documents, documents),
            (a, b) -> (b.most() > a.most() ? b : a).adding(a.documents() + b.documents()));
      }
    });
    return table;
  }

  /** The {@value #MOST_LONG_FORMS} keys of {@code documents} with the most, then alphabetically. */
  private static List<String> top(Map<String, Long> documents) {
    return documents.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MOST_LONG_FORMS).map(Map.Entry::getKey).toList();
  }

  /** The terms of {@code field} in {@code reader} that start with {@code prefix}, each with its live documents. */
  private static Map<String, Long> liveCounts(IndexReader reader, String field, String prefix) {
    Map<String, Long> counts = new LinkedHashMap<>();
    BytesRef start = new BytesRef(prefix);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
          continue;
        }
        TermsEnum each = terms.iterator();
        if (each.seekCeil(start) == TermsEnum.SeekStatus.END) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        PostingsEnum postings = null;
        do {
          BytesRef term = each.term();
          if (!StringHelper.startsWith(term, start)) {
            break;
          }
          long documents = 0;
          if (live == null) {
            documents = each.docFreq();
          } else {
            postings = each.postings(postings, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
              documents += live.get(doc) ? 1 : 0;
            }
          }
          if (documents > 0) {
            counts.merge(term.utf8ToString(), documents, Long::sum);
          }
        } while (each.next() != null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}

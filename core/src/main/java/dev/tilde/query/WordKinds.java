package dev.tilde.query;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.query.NameWords.Kind;
import dev.tilde.query.NameWords.Word;
import dev.tilde.schema.Schema;
import dev.tilde.why.MatchKind;
import dev.tilde.why.WordClause;
import dev.tilde.why.WordClauses;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * The one place that tells which kind of match each clause of a run of typed words is ({@link MatchKind}), and which
 * typed word it stands for: the query's builders hand each clause here as they build it, and it is recorded in the
 * query's {@link WordClauses}. A new kind of clause adds a method here and a constant there. Not thread-safe: one
 * per run of words.
 */
final class WordKinds {
  private final TildeAnalysis analysis;
  private final WordClauses clauses;
  /** The run of typed words as typed. */
  private final String text;
  /** Each typed word as typed, by its folded form; read only once a search asks why ({@link #read}). */
  private Map<String, String> typed;
  /** Where each typed word starts and ends in the run, by its folded form. */
  private Map<String, int[]> spans;
  /** The typed words each alias term stands for, as typed. */
  private Map<String, String> aliasOf;

  private WordKinds(TildeAnalysis analysis, WordClauses clauses, String text) {
    this.analysis = analysis;
    this.clauses = clauses;
    this.text = text;
  }

  /** The kinds of the clauses of the run {@code text}, recorded in {@code clauses}. */
  static WordKinds of(TildeAnalysis analysis, WordClauses clauses, String text) {
    return new WordKinds(analysis, clauses, text);
  }

  /** Reads the typed words' spellings and the aliases' typed words, once, when a search first asks why. */
  private void read() {
    if (typed != null) {
      return;
    }
    typed = new HashMap<>();
    spans = new HashMap<>();
    aliasOf = new HashMap<>();
    for (Token token : TildeAnalysis.tokens(analysis.foldedAnalyzer(), "", text)) {
      typed.putIfAbsent(token.term(), text.substring(token.startOffset(), token.endOffset()));
      spans.putIfAbsent(token.term(), new int[] {token.startOffset(), token.endOffset()});
    }
    // An alias's terms carry the offsets of the typed words they stand for.
    for (Token token : TildeAnalysis.tokens(analysis.queryAnalyzer(), Schema.TITLE, text)) {
      if ("SYNONYM".equals(token.type())) {
        aliasOf.putIfAbsent(token.term(), text.substring(token.startOffset(), token.endOffset()));
      }
    }
  }

  /** {@code folded} as typed. */
  private String typed(String folded) {
    read();
    return typed.getOrDefault(folded, folded);
  }

  /**
   * The typed word's folded form: exact where the document writes it as typed (accents and all, case aside), else
   * folded ({@code Lopez} for López).
   */
  void folded(String folded, String asWritten, Query clause) {
    String typedExactly = asWritten != null ? asWritten : folded;
    clauses.addOwnForm(() -> new WordClause(typed(folded), clause,
        found -> found == null || typedExactly.equals(exact(found)) ? MatchKind.EXACT : MatchKind.FOLDED));
  }

  /** The typed word's form as written, accents kept, the clause made only when asked. */
  void asWritten(String folded, Supplier<Query> clause) {
    clauses.addOwnForm(() -> WordClause.of(typed(folded), MatchKind.EXACT, clause.get()));
  }

  /** The typed word's English or Spanish stem. */
  void stem(String folded, Query clause) {
    clauses.add(() -> WordClause.of(typed(folded), MatchKind.STEM, clause));
  }

  /** The typed word's typos. */
  void typo(String folded, Query clause) {
    typo(folded, () -> clause);
  }

  /** The typed word's typos, or its correction, the clause made only when asked. */
  void typo(String folded, Supplier<Query> clause) {
    clauses.add(() -> WordClause.of(typed(folded), MatchKind.TYPO, clause.get()));
  }

  /** The names said as the typed word is ({@link SoundsLike}). */
  void soundsLike(String folded, Query clause) {
    clauses.add(() -> WordClause.of(typed(folded), MatchKind.SOUNDS_LIKE, clause));
  }

  /** Another form of the typed words {@code folded}: an acronym for its long form, or a long form for its acronym. */
  void acronym(List<String> folded, Query clause) {
    clauses.add(() -> WordClause.of(folded.stream().map(this::typed).collect(Collectors.joining(" ")),
        MatchKind.ACRONYM, clause));
  }

  /** An alias's word, standing for the typed words it was read from. */
  void alias(String aliasTerm, Query clause) {
    alias(List.of(aliasTerm), clause);
  }

  /** An alias's phrase, standing for the typed words it was read from. */
  void alias(PhraseQuery phrase, Query clause) {
    alias(Arrays.stream(phrase.getTerms()).map(Term::text).toList(), clause);
  }

  /**
   * An alias's words: nothing new where the document writes only typed words there ({@code Joe Biden} is in the
   * alias table beside Joseph Biden, and the typed words count as typed).
   */
  private void alias(List<String> aliasTerms, Query clause) {
    clauses.add(() -> {
      read();
      String word = aliasTerms.stream().filter(aliasOf::containsKey).map(aliasOf::get).findFirst()
          .orElse(text.strip());
      return new WordClause(word, clause,
          found -> found != null && typed.keySet().containsAll(folded(found)) ? null : MatchKind.ALIAS);
    });
  }

  private List<String> folded(String text) {
    return TildeAnalysis.tokens(analysis.foldedAnalyzer(), "", text).stream().map(Token::term).toList();
  }

  /**
   * A run of other forms of the given names {@code given} beside a surname: a given-name variant where the document
   * writes another language's form of a name, or a name for an initial, a nickname where it writes a nickname or the
   * name one is short for; nothing new where it writes the names as typed.
   */
  void nameRun(List<Word> given, Query clause) {
    clauses.add(() -> new WordClause(spanned(given.stream().map(Word::folded).toList()), clause,
        found -> found == null ? null : nameKind(given, found)));
  }

  /** The run's text from the first of {@code folded} to the last, as typed ({@code J. M.}); else the words joined. */
  private String spanned(List<String> folded) {
    read();
    int[] first = spans.get(folded.get(0));
    int[] last = spans.get(folded.get(folded.size() - 1));
    if (first == null || last == null || first[0] > last[1]) {
      return folded.stream().map(this::typed).collect(Collectors.joining(" "));
    }
    String typedRun = text.substring(first[0], last[1]);
    // "J. M." typed keeps its last dot; the words' tokens end before it
    return last[1] < text.length() && text.charAt(last[1]) == '.' ? typedRun + "." : typedRun;
  }

  private MatchKind nameKind(List<Word> given, String found) {
    MatchKind kind = null;
    for (String form : folded(found)) {
      for (Word name : given) {
        if (form.equals(name.folded())) {
          continue;
        }
        if (name.kind() == Kind.INITIALS) {
          if (form.length() > 1 && name.letters().contains(form.charAt(0))) {
            kind = MatchKind.GIVEN_NAME_VARIANT;
          }
        } else if (GivenNames.equivalents(name.folded()).contains(form)) {
          kind = kind == null ? MatchKind.GIVEN_NAME_VARIANT : kind;
        } else if (NameVariants.of(name.folded()).contains(form) || NameVariants.longer(name.folded()).stream()
            .anyMatch(full -> full.contains(form))) {
          kind = MatchKind.NICKNAME;
        }
      }
    }
    return kind;
  }

  /** The document's word {@code found} as the form-as-written field holds it. */
  private String exact(String found) {
    List<Token> tokens = TildeAnalysis.tokens(analysis.exactAnalyzer(), "", found);
    return tokens.isEmpty() ? null : tokens.get(0).term();
  }
}

package dev.tilde.bench.relevance;

import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.corpus.Folding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * Makes the judgments from the text, reproducibly (a fixed seed draws the topics, phrases and titles): the name
 * groups of {@link NameQueries}; topic words and phrases drawn from random places of random English and Spanish
 * documents; and
 * known items, the seeds' titles and Europarl titles no other document has. Every relevant document is found in
 * the folded text ({@link CorpusText}), never by an engine. Run once, through {@code bin/relevance --judge}, and
 * commit the file.
 */
public final class JudgmentGenerator {
  /** The seed of the draws. */
  public static final long SEED = 20261203;
  static final int PER_GROUP = 25;
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}{5,}");
  private static final Pattern INNER_WORD = Pattern.compile("\\p{Ll}+");
  private static final Pattern TITLE = Pattern.compile("\\p{Lu}\\p{L}*(?:[ ,'’-]+\\p{L}+){3,9}");
  private static final int MIN_DOCS = 3;
  private static final int MAX_DOCS = 40;
  private static final int DRAWS = 200_000;

  /** English's and Spanish's stop words (Lucene's lists): never a topic word, never at a phrase's ends. */
  private static final CharArraySet STOP_WORDS = stopWords();
  private static final int MIN_TOPIC_LETTERS = 7;

  private final CorpusText text;
  private final Random random = new Random(SEED);
  /** The English and Spanish documents, which the topics and phrases are drawn from. */
  private final List<CorpusDocument> englishOrSpanish = new ArrayList<>();

  private JudgmentGenerator(CorpusText text) {
    this.text = text;
    for (int d = 0; d < text.documents().size(); d++) {
      if (englishOrSpanish(text.bodyWords(d))) {
        englishOrSpanish.add(text.documents().get(d));
      }
    }
  }

  private static CharArraySet stopWords() {
    CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    words.addAll(SpanishAnalyzer.getDefaultStopSet());
    return CharArraySet.unmodifiableSet(words);
  }

  /**
   * Whether a text reads as English ({@code the} is 4% of its words or more) or Spanish ({@code el}, {@code los},
   * {@code las} and {@code del} together 4% or more): a plain test that needs nothing of Tilde's detection.
   */
  static boolean englishOrSpanish(List<String> words) {
    long the = words.stream().filter("the"::equals).count();
    long spanish = words.stream().filter(w -> w.equals("el") || w.equals("los") || w.equals("las")
        || w.equals("del")).count();
    return !words.isEmpty() && (the >= 0.04 * words.size() || spanish >= 0.04 * words.size());
  }

  private static boolean topicWord(String word) {
    return !STOP_WORDS.contains(word);
  }

  /** Every group's judgments over {@code text}. */
  public static List<Judgment> judgments(CorpusText text) {
    JudgmentGenerator generator = new JudgmentGenerator(text);
    PersonFinder persons = new PersonFinder(text);
    List<Judgment> all = new ArrayList<>(NameQueries.judgments(text, persons));
    all.addAll(NamePartQueries.judgments(text, persons));
    all.addAll(LetterQueries.judgments(text, persons));
    all.addAll(generator.topics());
    all.addAll(generator.knownItems());
    all.addAll(AcronymQueries.judgments(text));
    return all;
  }

  /** Writes the judgments over {@code text} to {@code file}, with a header saying how they were made. */
  public static List<Judgment> write(CorpusText text, Path file) throws IOException {
    List<Judgment> judgments = judgments(text);
    List<String> header = List.of(
        "The relevance evaluation's judged queries: group TAB query TAB the ids of every relevant document.",
        "Made from the text of the seeds and all " + (text.documents().size()) + " documents by "
            + "dev.tilde.bench.relevance.JudgmentGenerator (seed " + SEED + "): bin/relevance --judge.",
        "Relevant = the folded (lower-cased, accents removed) title or body holds the words: a person's surname,",
        "a phrase's words in order, both topic words anywhere, one topic word; a known item is its one document.",
        "Do not edit by hand; re-run the command.");
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, Judgments.format(header, judgments), StandardCharsets.UTF_8);
    return judgments;
  }

  /**
   * From the English and Spanish documents: topic words (a lower-case word of 7 letters or more, not a stop word,
   * that 3 to 40 documents hold), two topic words (side by side in the text, of 5 letters or more, no stop word,
   * each held by 20 documents or more, both by 3 to 40) and phrases (two or three lower-case words of 5 letters or
   * more at either end, and no stop word there, quoted, held in order by 3 to 40 documents).
   */
  private List<Judgment> topics() {
    Map<String, Judgment> words = draw(1, PER_GROUP, run -> run.get(0).length() >= MIN_TOPIC_LETTERS
        && topicWord(run.get(0)) && range(text.withRun(run)), Group.TOPIC_WORD);
    Map<String, Judgment> pairs = draw(2, PER_GROUP, run -> run.stream().allMatch(w -> topicWord(w)
        && text.documentFrequency(w) >= 20) && range(text.withAll(run)), Group.TOPIC_WORDS);
    Predicate<List<String>> phrase = run -> topicWord(run.get(0)) && topicWord(run.get(run.size() - 1))
        && range(text.withRun(run)) && !pairs.containsKey(String.join(" ", run));
    List<Judgment> all = new ArrayList<>(words.values());
    all.addAll(pairs.values());
    all.addAll(draw(2, PER_GROUP - PER_GROUP / 2, phrase, Group.PHRASE).values());
    all.addAll(draw(3, PER_GROUP / 2, phrase, Group.PHRASE).values());
    return all;
  }

  private static boolean range(List<String> ids) {
    return ids.size() >= MIN_DOCS && ids.size() <= MAX_DOCS;
  }

  /**
   * {@code count} distinct runs of {@code length} lower-case words (of 5 letters or more at either end), side by
   * side in a body, that pass.
   */
  private Map<String, Judgment> draw(int length, int count, Predicate<List<String>> accept, Group group) {
    Map<String, Judgment> drawn = new LinkedHashMap<>();
    List<CorpusDocument> docs = englishOrSpanish;
    for (int attempt = 0; attempt < DRAWS && drawn.size() < count; attempt++) {
      String[] words = docs.get(random.nextInt(docs.size())).body().split(" ");
      if (words.length < length) {
        continue;
      }
      int at = random.nextInt(words.length - length + 1);
      List<String> run = new ArrayList<>();
      for (int k = 0; k < length
          && (k == 0 || k == length - 1 ? LOWER_WORD : INNER_WORD).matcher(words[at + k]).matches(); k++) {
        run.add(Folding.folded(words[at + k]));
      }
      String query = String.join(" ", run);
      if (run.size() == length && !drawn.containsKey(query) && accept.test(run)) {
        List<String> relevant = group == Group.TOPIC_WORDS ? text.withAll(run) : text.withRun(run);
        String typed = String.join(" ", List.of(words).subList(at, at + length));
        drawn.put(query, new Judgment(group, group == Group.PHRASE ? "\"" + typed + "\"" : typed, relevant));
      }
    }
    return drawn;
  }

  /**
   * Known items: titles of four to ten words (letters, spaces, commas, hyphens, apostrophes) that no other
   * document's title has, even folded and as a set of words: the seeds' first, then Europarl's drawn at random.
   * Each is typed as written, folded, and with its second half first.
   */
  private List<Judgment> knownItems() {
    Map<String, Integer> titleCounts = new HashMap<>();
    Map<String, Integer> wordSetCounts = new HashMap<>();
    List<CorpusDocument> docs = text.documents();
    for (CorpusDocument doc : docs) {
      titleCounts.merge(String.join(" ", Folding.words(doc.title())), 1, Integer::sum);
      wordSetCounts.merge(wordSet(doc.title()), 1, Integer::sum);
    }
    List<CorpusDocument> eligible = new ArrayList<>();
    for (CorpusDocument doc : docs) {
      if (TITLE.matcher(doc.title()).matches() && titleCounts.get(String.join(" ", Folding.words(doc.title()))) == 1
          && wordSetCounts.get(wordSet(doc.title())) == 1) {
        eligible.add(doc);
      }
    }
    List<CorpusDocument> chosen = new ArrayList<>(eligible.stream().filter(d -> d.id().startsWith("seed-")).toList());
    List<CorpusDocument> europarl = new ArrayList<>(eligible.stream().filter(d -> !chosen.contains(d)).toList());
    while (chosen.size() < PER_GROUP && !europarl.isEmpty()) {
      chosen.add(europarl.remove(random.nextInt(europarl.size())));
    }
    List<Judgment> all = new ArrayList<>();
    chosen.forEach(d -> all.add(new Judgment(Group.KNOWN_ITEM, d.title(), List.of(d.id()))));
    chosen.forEach(d -> all.add(new Judgment(Group.KNOWN_ITEM_FOLDED, Folding.folded(d.title()), List.of(d.id()))));
    chosen.forEach(d -> all.add(new Judgment(Group.KNOWN_ITEM_REORDERED, reordered(d.title()), List.of(d.id()))));
    return all;
  }

  private static String wordSet(String title) {
    return String.join(" ", new TreeSet<>(Folding.words(title)));
  }

  /** The title's words, second half first: {@code a b c d e} is {@code c d e a b}; commas dropped. */
  static String reordered(String title) {
    List<String> words = List.of(title.replace(",", " ").trim().split("\\s+"));
    int half = words.size() / 2;
    List<String> out = new ArrayList<>(words.subList(half, words.size()));
    out.addAll(words.subList(0, half));
    return String.join(" ", out);
  }
}

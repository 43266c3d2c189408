package dev.tilde.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the benchmark's query set from the corpus, reproducibly: the same seed gives the same file. Run once and
 * commit the output as {@code bench/src/main/resources/dev/tilde/bench/queries.tsv}:
 *
 * <pre>{@code
 * java -cp "bench/target/tilde-bench.jar:bench/target/lib/*" dev.tilde.bench.corpus.QuerySetGenerator 20260601 \
 *     bench/src/main/resources/dev/tilde/bench/queries.tsv
 * }</pre>
 *
 * <p>Names are the one or two capitalised words after an honorific ({@code Mr}, {@code Frau}, {@code señor}, …) that
 * the corpus never writes in lower case; the other kinds come from random positions of random documents. It depends
 * on nothing of Tilde's, so changes to Tilde never change the questions.
 */
public final class QuerySetGenerator {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern LOWER_WORD = Pattern.compile("\\p{Ll}+");
  private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");
  private static final Pattern ASCII_WORD = Pattern.compile("[a-zA-Z]+");
  private static final Set<String> HONORIFICS = Set.of("Mr", "Mrs", "Ms", "Herr", "Frau", "Sr", "Sra", "Señor",
      "Señora", "señor", "señora", "M", "Mme", "Monsieur", "Madame", "signor", "signora", "Senhor", "Senhora",
      "senhor", "senhora", "heer", "mevrouw", "hr", "fru", "herr");
  private static final Set<String> GERMAN_FUNCTION_WORDS =
      Set.of("und", "der", "die", "das", "nicht", "ist", "wir", "ich", "den", "dem", "mit", "auch", "sich");
  private static final int TWO_WORD_NAMES = 15;
  private static final int SURNAMES = 15;
  private static final int WORDS = 20;
  private static final int TWO_WORDS = 20;
  private static final int PHRASES = 20;
  private static final int ACCENTED_WORDS = 10;
  private static final int ACCENTED_NAMES = 5;

  private final List<CorpusDocument> docs;
  private final Random random;
  private final Set<String> taken = new LinkedHashSet<>();

  private QuerySetGenerator(List<CorpusDocument> docs, long seed) {
    this.docs = docs;
    this.random = new Random(seed);
  }

  /** Writes the query set drawn with seed {@code args[0]} to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: QuerySetGenerator SEED FILE");
      System.exit(2);
    }
    long seed = Long.parseLong(args[0]);
    List<BenchQuery> queries = generate(Europarl.documents(), seed);
    List<String> header = List.of(
        "The benchmark's query set: " + queries.size() + " queries drawn from the Europarl sample, kind TAB query.",
        "Made by dev.tilde.bench.corpus.QuerySetGenerator with seed " + seed + "; do not edit by hand, re-run it.");
    Files.writeString(Path.of(args[1]), QuerySet.format(header, queries), StandardCharsets.UTF_8);
  }

  /** The query set drawn from {@code docs} with {@code seed}. */
  public static List<BenchQuery> generate(List<CorpusDocument> docs, long seed) {
    return new QuerySetGenerator(docs, seed).generate();
  }

  private List<BenchQuery> generate() {
    List<BenchQuery> queries = new ArrayList<>();
    Names names = names();
    List<String> twoWordNames = new ArrayList<>(names.fullNames());
    List<String> surnames = new ArrayList<>(names.surnames());
    List<String> accentedNames = new ArrayList<>(surnames.stream().filter(QuerySetGenerator::accented).toList());
    surnames.removeAll(accentedNames);
    drawFrom(twoWordNames, TWO_WORD_NAMES).forEach(name -> queries.add(new BenchQuery(BenchQuery.Kind.NAME, name)));
    drawFrom(surnames, SURNAMES).forEach(name -> queries.add(new BenchQuery(BenchQuery.Kind.NAME, name)));
    for (String word : draw(WORDS, 1, run -> plainWord(run.get(0)))) {
      queries.add(new BenchQuery(BenchQuery.Kind.WORD, word));
    }
    for (String words : draw(TWO_WORDS, 2, run -> run.stream().allMatch(w -> w.length() >= 3 && plainWord(w)))) {
      queries.add(new BenchQuery(BenchQuery.Kind.TWO_WORDS, words));
    }
    for (int i = 0; i < PHRASES; i++) {
      int length = 2 + random.nextInt(2);
      String phrase = draw(1, length, run -> run.stream().allMatch(w -> LOWER_WORD.matcher(w).matches())
          && run.stream().anyMatch(w -> w.length() >= 4)).get(0);
      queries.add(new BenchQuery(BenchQuery.Kind.PHRASE, "\"" + phrase + "\""));
    }
    List<String> accented = new ArrayList<>(draw(ACCENTED_WORDS, 1,
        run -> LOWER_WORD.matcher(run.get(0)).matches() && run.get(0).length() >= 5 && accented(run.get(0))));
    accented.addAll(drawFrom(accentedNames, ACCENTED_NAMES));
    accented.forEach(word -> queries.add(new BenchQuery(BenchQuery.Kind.ACCENTED, word)));
    accented.forEach(word ->
        queries.add(new BenchQuery(BenchQuery.Kind.UNACCENTED, Folding.withoutAccents(word))));
    return queries;
  }

  /** A word the corpus writes with accents whose accents fold away to plain ASCII letters. */
  private static boolean accented(String word) {
    return !ASCII_WORD.matcher(word).matches() && ASCII_WORD.matcher(Folding.withoutAccents(word)).matches();
  }

  private static boolean plainWord(String word) {
    return word.length() >= 4 && ASCII_WORD.matcher(word).matches() && LOWER_WORD.matcher(word).matches();
  }

  /** {@code count} runs of {@code length} adjacent words (separated by one space) that {@code accept} takes. */
  private List<String> draw(int count, int length, Predicate<List<String>> accept) {
    List<String> out = new ArrayList<>();
    while (out.size() < count) {
      String body = docs.get(random.nextInt(docs.size())).body();
      List<int[]> spans = spans(body);
      if (spans.size() < length) {
        continue;
      }
      int start = random.nextInt(spans.size() - length + 1);
      List<String> run = new ArrayList<>();
      boolean adjacent = true;
      for (int i = start; i < start + length; i++) {
        if (i > start && !body.substring(spans.get(i - 1)[1], spans.get(i)[0]).equals(" ")) {
          adjacent = false;
        }
        run.add(body.substring(spans.get(i)[0], spans.get(i)[1]));
      }
      String text = String.join(" ", run);
      if (adjacent && accept.test(run) && taken.add(text.toLowerCase(Locale.ROOT))) {
        out.add(text);
      }
    }
    return out;
  }

  /** {@code count} entries drawn at random from {@code candidates} (sorted first, so the seed alone decides). */
  private List<String> drawFrom(List<String> candidates, int count) {
    List<String> pool = new ArrayList<>(new TreeSet<>(candidates));
    List<String> out = new ArrayList<>();
    while (out.size() < count && !pool.isEmpty()) {
      String name = pool.remove(random.nextInt(pool.size()));
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        out.add(name);
      }
    }
    return out;
  }

  private record Names(Set<String> fullNames, Set<String> surnames) {}

  /**
   * Two-word names seen at least twice and surnames seen at least three times after an honorific, among words the
   * corpus never writes in lower case. German documents are left out: German capitalises every noun.
   */
  private Names names() {
    Set<String> lowercase = new HashSet<>();
    Map<String, Integer> fullNames = new TreeMap<>();
    Map<String, Integer> surnames = new TreeMap<>();
    for (CorpusDocument doc : docs) {
      String body = doc.body();
      List<int[]> spans = spans(body);
      List<String> words = spans.stream().map(s -> body.substring(s[0], s[1])).toList();
      words.stream().filter(w -> LOWER_WORD.matcher(w).matches()).forEach(lowercase::add);
      if (german(words)) {
        continue;
      }
      for (int i = 0; i + 1 < words.size(); i++) {
        if (!HONORIFICS.contains(words.get(i)) || !CAPITALIZED.matcher(words.get(i + 1)).matches()) {
          continue;
        }
        String first = words.get(i + 1);
        boolean two = i + 2 < words.size() && CAPITALIZED.matcher(words.get(i + 2)).matches()
            && body.substring(spans.get(i + 1)[1], spans.get(i + 2)[0]).equals(" ");
        if (two) {
          fullNames.merge(first + " " + words.get(i + 2), 1, Integer::sum);
          surnames.merge(words.get(i + 2), 1, Integer::sum);
        } else {
          surnames.merge(first, 1, Integer::sum);
        }
      }
    }
    Set<String> full = new LinkedHashSet<>();
    fullNames.forEach((name, n) -> {
      String[] parts = name.split(" ");
      if (n >= 2 && !lowercase.contains(parts[0].toLowerCase(Locale.ROOT))
          && !lowercase.contains(parts[1].toLowerCase(Locale.ROOT))) {
        full.add(name);
      }
    });
    Set<String> single = new LinkedHashSet<>();
    surnames.forEach((name, n) -> {
      if (n >= 3 && name.length() >= 4 && !lowercase.contains(name.toLowerCase(Locale.ROOT))) {
        single.add(name);
      }
    });
    return new Names(full, single);
  }

  /**
   * Whether a document is German, by its share of German function words (a stand-in for language detection that
   * keeps the query set independent of Tilde's own detector).
   */
  private static boolean german(List<String> words) {
    long function = words.stream().filter(GERMAN_FUNCTION_WORDS::contains).count();
    return function * 20 >= words.size();
  }

  private static List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    return spans;
  }
}

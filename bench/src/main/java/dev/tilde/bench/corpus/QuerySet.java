package dev.tilde.bench.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed query set every engine answers: {@code queries.tsv} beside this class, made once from the corpus by
 * {@link QuerySetGenerator} and committed, so every run asks the same questions.
 */
public final class QuerySet {
  /** The resource holding the set: {@code kind TAB query} lines; {@code #} starts a comment. */
  public static final String RESOURCE = "/dev/tilde/bench/queries.tsv";

  private QuerySet() {}

  /** Every query of the set, in file order. */
  public static List<BenchQuery> standard() {
    try (InputStream in = QuerySet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<BenchQuery> parse(BufferedReader lines) throws IOException {
    List<BenchQuery> queries = new ArrayList<>();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 2);
      queries.add(new BenchQuery(BenchQuery.Kind.ofLabel(fields[0]), fields[1]));
    }
    return List.copyOf(queries);
  }

  /** Writes {@code queries} in the file's format, after {@code header} (one comment line each). */
  public static String format(List<String> header, List<BenchQuery> queries) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    queries.forEach(query -> out.append(query.kind().label()).append('\t').append(query.text()).append('\n'));
    return out.toString();
  }
}

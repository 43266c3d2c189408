package dev.tilde.bench.relevance;

import dev.tilde.bench.Workspace;
import dev.tilde.bench.corpus.CorpusDocument;
import dev.tilde.bench.report.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The relevance evaluation's entry point: indexes the seeds and Europarl with Tilde, bare Lucene and SQLite FTS5,
 * runs the judged queries through each and writes docs/RELEVANCE.md. {@code bin/relevance} runs it.
 */
@Command(name = "relevance", sortOptions = false,
    description = "Scores Tilde's ranking against bare Lucene's and SQLite FTS5's and writes docs/RELEVANCE.md.",
    footer = "Exit codes: 0 written, 2 no seeds/ under --root.")
public final class Relevance implements Callable<Integer> {
  /** Europarl lines in the corpus: all of them. */
  public static final int EUROPARL_LINES = 17_597;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--judge", description = "make the judgments anew from the text first, into the source tree")
  boolean judge;

  @Option(names = "--root", description = "the source tree, with seeds/ (default: .)")
  Path root = Path.of(".");

  @Option(names = "--work", description = "scratch directory, emptied first (default: ROOT/bench/target/relevance)")
  Path work;

  @Option(names = "--output", description = "markdown file to write (default: ROOT/docs/RELEVANCE.md)")
  Path output;

  @Option(names = "--command", description = "the command line to record in the report (default: bin/relevance)")
  String command = "bin/relevance";

  public static void main(String[] args) {
    System.exit(new CommandLine(new Relevance()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    Path rootDir = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(rootDir.resolve("seeds"))) {
      System.err.println("relevance: " + rootDir + " has no seeds/ directory: give the source tree with --root");
      return 2;
    }
    List<CorpusDocument> docs = RelevanceCorpus.documents(rootDir.resolve("seeds"), EUROPARL_LINES);
    List<Judgment> judgments;
    if (judge) {
      Path file = rootDir.resolve(Judgments.SOURCE);
      judgments = JudgmentGenerator.write(new CorpusText(docs), file);
      log("wrote " + judgments.size() + " judged queries to " + file);
    } else {
      judgments = Judgments.standard();
    }
    Workspace workspace = new Workspace(work != null ? work : rootDir.resolve("bench/target/relevance"));
    log("indexing " + docs.size() + " documents; " + judgments.size() + " judged queries");
    List<RelevanceRun.Outcome> outcomes = RelevanceRun.run(docs, judgments, workspace, Relevance::log);
    int seeds = (int) docs.stream().filter(d -> d.id().startsWith("seed-")).count();
    Path file = output != null ? output : rootDir.resolve("docs/RELEVANCE.md");
    RelevanceReport.write(file, new RelevanceReport.RunFacts(Environment.current(command), docs.size(), seeds,
        (System.nanoTime() - start) / 1e9), outcomes);
    System.out.println("wrote " + file);
    return 0;
  }

  private static void log(String line) {
    System.err.println(line);
  }
}

package dev.tilde.cli;

import dev.tilde.analysis.AnalysisChain;
import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.analysis.Token;
import dev.tilde.cli.output.JsonTokensWriter;
import dev.tilde.cli.output.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code tilde analyze}: shows the tokens each analysis chain makes of a text, like Elasticsearch's _analyze; its
 * picocli model is built in code, as every command's.
 */
final class AnalyzeCommand implements Callable<Integer> {
  private final OptionSpec field = OptionSpec.builder("--field").paramLabel("F").type(String.class)
      .description("Only the chain of this field (see below).").build();
  private final OptionSpec aliases = OptionSpec.builder("--aliases").paramLabel("FILE").type(Path.class)
      .description("Add this alias table to Tilde's own (query chain).").build();
  private final OptionSpec json = Flag.of("--json", "Print one JSON object: chain name to its tokens.");
  private final PositionalParamSpec words = Operands.oneOrMore("TEXT", String.class,
      "The text; several words are joined with spaces.");
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  AnalyzeCommand() {
    spec.name("analyze").usageMessage()
        .description("Show the tokens (term, position, offsets, type) each analysis chain makes of TEXT.")
        .footer(
            "",
            "Fields: title, body (folded + as written), body_en, body_es (stemmed), query (how queries are read).",
            "",
            "Examples:",
            "  tilde analyze \"Andrés Manuel López-Obrador's\"",
            "  tilde analyze --field query AMLO",
            "  tilde analyze --field body_es --json comisiones");
    spec.addOption(field).addOption(aliases).addOption(json).addPositional(words);
    StandardHelpOptions.addTo(spec);
  }

  /** This command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    String text = String.join(" ", words.<List<String>>getValue());
    Path aliasTable = aliases.getValue();
    TildeAnalysis analysis = aliasTable == null ? TildeAnalysis.standard() : TildeAnalysis.withAliases(aliasTable);
    Map<String, List<Token>> byChain = new LinkedHashMap<>();
    Map<String, List<String>> fieldsByChain = new LinkedHashMap<>();
    List<String> fields = new ArrayList<>(analysis.chainsByField().keySet());
    fields.add(TildeAnalysis.QUERY);
    String only = field.getValue();
    for (String f : only == null ? fields : List.of(only)) {
      List<Token> tokens = analysis.analyze(f, text);
      AnalysisChain chain = analysis.chainOf(f);
      byChain.putIfAbsent(chain.name(), tokens);
      fieldsByChain.computeIfAbsent(chain.name(), k -> new ArrayList<>()).add(f);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.<Boolean>getValue()) {
      JsonTokensWriter.write(byChain, out);
    } else {
      byChain.forEach((chain, tokens) -> print(chain, fieldsByChain.get(chain), tokens, out));
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void print(String chain, List<String> fields, List<Token> tokens, PrintWriter out) {
    out.printf("%s (%s)%n", chain, String.join(", ", fields));
    out.printf("  %4s %4s %6s %6s  %-12s %s%n", "pos", "len", "start", "end", "type", "term");
    for (Token t : tokens) {
      out.println(String.format(Locale.ROOT, "  %4d %4d %6d %6d  %-12s %s",
          t.position(), t.positionLength(), t.startOffset(), t.endOffset(), TerminalText.safe(t.type()),
          TerminalText.safe(t.term())));
    }
    out.println();
  }
}

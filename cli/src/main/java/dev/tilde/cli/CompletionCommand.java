package dev.tilde.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code tilde completion}: prints the shell completion script picocli generates from the commands' own model; its
 * own model is built in code, as every command's.
 */
final class CompletionCommand implements Callable<Integer> {
  private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

  CompletionCommand() {
    spec.name("completion").usageMessage()
        .description("Print a bash and zsh completion script for tilde's commands and options.")
        .footer(
            "",
            "Examples:",
            "  source <(tilde completion)                     # bash, this shell",
            "  tilde completion > ~/.local/share/bash-completion/completions/tilde",
            "  autoload -U +X bashcompinit && bashcompinit    # zsh, then:",
            "  source <(tilde completion)");
    StandardHelpOptions.addTo(spec);
  }

  /** This command's picocli model. */
  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("tilde", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}

package dev.tilde.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tilde completion}: prints the shell completion script picocli generates from the commands' own model. */
@Command(
    name = "completion",
    description = "Print a bash and zsh completion script for tilde's commands and options.",
    mixinStandardHelpOptions = true,
    addMethodSubcommands = false,
    footer = {
      "",
      "Examples:",
      "  source <(tilde completion)                     # bash, this shell",
      "  tilde completion > ~/.local/share/bash-completion/completions/tilde",
      "  autoload -U +X bashcompinit && bashcompinit    # zsh, then:",
      "  source <(tilde completion)"
    })
final class CompletionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(AutoComplete.bash("tilde", spec.root().commandLine()));
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}

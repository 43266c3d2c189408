package dev.tilde.dist;

import dev.tilde.cli.TildeCommand;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the distribution's man pages (as AsciiDoc, one per command) and its bash completion script from the
 * commands' own picocli model, the whole tree: {@code tilde} builds only the command a run needs, so picocli's
 * generators, given the class alone, would see no subcommand. Run by the build, never shipped.
 */
public final class CommandDocs {
  private CommandDocs() {}

  /**
   * Writes the documents.
   *
   * @param args the man pages' directory, then the completion script's file
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CommandDocs MAN_PAGE_DIR COMPLETION_SCRIPT");
    }
    CommandLine tree = TildeCommand.tree();
    int status = ManPageGenerator.generateManPage(new File(args[0]), null, new boolean[0], true,
        tree.getCommandSpec());
    if (status != 0) {
      throw new IOException("picocli's man page generator failed with status " + status);
    }
    Path script = Path.of(args[1]);
    Files.createDirectories(script.toAbsolutePath().getParent());
    Files.writeString(script, AutoComplete.bash("tilde", tree), StandardCharsets.UTF_8);
  }
}

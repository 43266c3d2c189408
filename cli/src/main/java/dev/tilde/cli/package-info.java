/**
 * The {@code tilde} command line: {@link dev.tilde.cli.TildeCommand} is the entry point, one picocli class per
 * subcommand; each parses its options, calls the library or the indexer and prints what it got. Exit codes are
 * {@link dev.tilde.cli.ExitCode}'s.
 *
 * <p>Every command says {@code addMethodSubcommands = false}: none has method subcommands, and looking for them makes
 * picocli read the annotations of every method of the class on each start, through proxies made at run time.
 */
package dev.tilde.cli;

/**
 * The {@code tilde} command line: {@link dev.tilde.cli.TildeCommand} is the entry point, one picocli class per
 * subcommand; each parses its options, calls the library or the indexer and prints what it got. Exit codes are
 * {@link dev.tilde.cli.ExitCode}'s.
 */
package dev.tilde.cli;

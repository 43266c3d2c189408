/**
 * The {@code tilde} command line: {@link dev.tilde.cli.TildeCommand} is the entry point, one class per subcommand;
 * each parses its options, calls the library or the indexer and prints what it got. Exit codes are
 * {@link dev.tilde.cli.ExitCode}'s.
 *
 * <p>Every command builds its picocli model in code (picocli's {@code CommandSpec} and {@code OptionSpec}), the one
 * definition of its options that parsing, usage help, man pages and completion script read; annotations would be read
 * by reflection, through proxies made at run time that no start-up cache holds.
 */
package dev.tilde.cli;

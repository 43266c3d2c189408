/**
 * The benchmarks: {@link dev.tilde.bench.Benchmark} measures Tilde, bare Lucene and SQLite FTS5 side by side in one
 * run on the same corpus and writes docs/BENCHMARKS.md. Not part of the library.
 */
package dev.tilde.bench;

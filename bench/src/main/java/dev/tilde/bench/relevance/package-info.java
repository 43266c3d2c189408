/**
 * The relevance evaluation: judged queries with ground truth computed from the text ({@code judgments.tsv}, made by
 * {@link dev.tilde.bench.relevance.JudgmentGenerator}), run through Tilde, bare Lucene and SQLite FTS5, scored by
 * {@link dev.tilde.bench.relevance.Metrics} and written to docs/RELEVANCE.md by
 * {@link dev.tilde.bench.relevance.Relevance} ({@code bin/relevance}).
 */
package dev.tilde.bench.relevance;

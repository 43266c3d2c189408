/**
 * A run's figures and where they were measured, written as the markdown of docs/BENCHMARKS.md.
 */
package dev.tilde.bench.report;

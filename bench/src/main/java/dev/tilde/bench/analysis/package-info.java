/**
 * JMH benchmarks of the analysis chains alone, against Lucene's {@code StandardAnalyzer}.
 */
package dev.tilde.bench.analysis;

/**
 * Text analysis: the Lucene analysis chains that fold accents and case, keep names as written, stem English and
 * Spanish bodies and expand aliases at query time. {@link dev.tilde.analysis.TildeAnalysis} is the entry point;
 * Tilde's own token filters are paired with factories registered under SPI names, so Lucene's {@code CustomAnalyzer},
 * Solr and OpenSearch can use them by name.
 */
package dev.tilde.analysis;

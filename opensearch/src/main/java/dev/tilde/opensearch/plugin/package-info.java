/**
 * The OpenSearch plugin: {@link dev.tilde.opensearch.plugin.TildeAnalysisPlugin} runs Tilde's analysis chains and
 * token filters inside a cluster by name, and Lucene analysis components by their SPI names.
 */
package dev.tilde.opensearch.plugin;

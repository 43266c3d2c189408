/**
 * Tilde's index on an OpenSearch cluster, from the application's side, over HTTP: {@link
 * dev.tilde.opensearch.client.ClusterIndex} names one ({@code http://HOST:PORT/INDEX}), {@link
 * dev.tilde.opensearch.client.LoadJob} reads inputs as the indexer does and loads them with {@link
 * dev.tilde.opensearch.client.BulkLoader} (creating the index from {@link
 * dev.tilde.opensearch.client.IndexDefinition}), and {@link dev.tilde.opensearch.client.RemoteIndex} searches it with
 * the same query semantics as a local index. Nothing here runs inside a node: that is the plugin
 * ({@code dev.tilde.opensearch.plugin}), which must be installed on every node.
 */
package dev.tilde.opensearch.client;

/**
 * Reading inputs into documents: {@link dev.tilde.indexer.source.InputSource} turns a job's inputs into one sequence
 * of documents for a local index job and a cluster load alike; which files a job reads
 * ({@link dev.tilde.indexer.source.SourceFiles}), each format's reader (text, Markdown, HTML, NDJSON, any of them
 * gzipped) and the byte-level limits they share.
 */
package dev.tilde.indexer.source;

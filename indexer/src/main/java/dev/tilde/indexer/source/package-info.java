/**
 * Reading inputs into documents: which files a job reads ({@link dev.tilde.indexer.source.SourceFiles}), each format's
 * reader (text, Markdown, HTML, NDJSON, any of them gzipped) and the byte-level limits they share.
 */
package dev.tilde.indexer.source;

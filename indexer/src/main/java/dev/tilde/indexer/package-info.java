/**
 * The indexer module: {@link dev.tilde.indexer.Indexer} is its entry point, bringing an on-disk index up to date with
 * files, directories and NDJSON streams in an incremental, crash-safe job that reports its progress and a summary.
 */
package dev.tilde.indexer;

/**
 * Writing and describing an on-disk index: {@link dev.tilde.index.TildeWriter} adds, replaces and deletes documents
 * and commits them with {@link dev.tilde.index.CommitMetadata} (the analysis version and the job's inputs);
 * {@link dev.tilde.index.IndexInfo} describes an index for operators.
 */
package dev.tilde.index;

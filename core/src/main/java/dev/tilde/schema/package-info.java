/**
 * The fields of a Tilde index: {@link dev.tilde.schema.TildeDocument} is a document as Tilde sees it, and
 * {@link dev.tilde.schema.Schema} says how it becomes a Lucene document, how it is read back from stored fields and
 * how its content hash is computed.
 */
package dev.tilde.schema;

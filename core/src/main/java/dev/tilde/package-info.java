/**
 * Tilde's embeddable library: {@link dev.tilde.TildeIndex} opens an on-disk index, searches it with ranked,
 * highlighted hits and opens it for writing; {@link dev.tilde.TildeException} and its subclasses carry the one-line
 * errors meant for users. The subpackages are the concepts behind it, in the order a document and a query meet them:
 * analysis, schema, index, query, search and suggest.
 */
package dev.tilde;

/**
 * The engines under test behind one interface ({@link dev.tilde.bench.engine.Engine}): Tilde, bare Lucene and SQLite
 * FTS5.
 */
package dev.tilde.bench.engine;

/**
 * The benchmark's data: the Europarl corpus (and copies of it) as NDJSON, and the fixed query set drawn from it.
 */
package dev.tilde.bench.corpus;

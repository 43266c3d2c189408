/**
 * The measurements: index builds, query latency, throughput, peak heap and end-to-end command timings, each a median
 * over repeated runs with the engines taking turns.
 */
package dev.tilde.bench.measure;

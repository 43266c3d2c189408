package dev.tilde.bench.measure;

/**
 * An engine's index build, each figure the median over the measured runs.
 *
 * @param seconds wall time from the first document read to the last commit
 * @param megabytesPerSecond input (NDJSON) megabytes (10^6 bytes) indexed per second
 * @param documentsPerSecond documents indexed per second
 * @param sizeBytes the index on disk
 */
public record BuildFigures(double seconds, double megabytesPerSecond, double documentsPerSecond, long sizeBytes) {}

package dev.tilde.bench.measure;

import dev.tilde.bench.corpus.BenchQuery;
import java.util.Map;

/**
 * An engine's single-thread query latency over the query set, top 10 with snippets.
 *
 * @param p50Millis the median over rounds of each round's median latency
 * @param p99Millis the median over rounds of each round's 99th percentile
 * @param meanHits hits returned per query, on average (at most 10)
 * @param noHits queries that returned nothing
 * @param p50MillisByKind median latency of each kind of query, over all measured rounds
 */
public record LatencyFigures(
    double p50Millis, double p99Millis, double meanHits, int noHits, Map<BenchQuery.Kind, Double> p50MillisByKind) {}

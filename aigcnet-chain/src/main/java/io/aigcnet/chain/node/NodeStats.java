package io.aigcnet.chain.node;

/** Counters a node exposes for status pages and tests. */
public record NodeStats(long height, long round, int poolSize, long admitted, long rejected, long malformedMessages,
        long evidenceSeen, long syncRequests) {
}

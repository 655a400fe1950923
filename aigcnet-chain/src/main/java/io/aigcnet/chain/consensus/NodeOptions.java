package io.aigcnet.chain.consensus;

/**
 * Per-node settings that need not be agreed on.
 *
 * @param poolOrdering "fee" (ProSecutor) or "fifo" (BlockEmulator)
 * @param poolCapacity bound of the pool
 * @param verifyCostNanosPerTx modelled CPU time to check one block transaction before prevoting (simulator; 0 live)
 * @param gossipIntervalNanos how often client transactions are forwarded to super nodes in one batch
 * @param equivocate fault injection for tests: when producing, send two different blocks to two halves
 */
public record NodeOptions(String poolOrdering, int poolCapacity, long verifyCostNanosPerTx, long gossipIntervalNanos,
        boolean equivocate) {
    public static NodeOptions defaults() {
        return new NodeOptions("fee", 200_000, 0, 100_000_000L, false);
    }

    public NodeOptions withEquivocation() {
        return new NodeOptions(poolOrdering, poolCapacity, verifyCostNanosPerTx, gossipIntervalNanos, true);
    }

    public NodeOptions withPool(String ordering, int capacity) {
        return new NodeOptions(ordering, capacity, verifyCostNanosPerTx, gossipIntervalNanos, equivocate);
    }

    public NodeOptions withVerifyCost(long nanosPerTx) {
        return new NodeOptions(poolOrdering, poolCapacity, nanosPerTx, gossipIntervalNanos, equivocate);
    }
}

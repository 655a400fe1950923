package io.aigcnet.chain.consensus;

/**
 * Per-node settings that need not be agreed on.
 *
 * @param poolOrdering "fee" (ProSecutor) or "fifo" (BlockEmulator)
 * @param poolCapacity bound of the pool
 * @param verifyCostNanosPerTx modelled CPU time to check one block transaction before prevoting (simulator; 0 live)
 * @param gossipIntervalNanos how often client transactions are forwarded to super nodes in one batch
 * @param equivocate fault injection for tests: when producing, send two different blocks to two halves
 * @param clientWatermark share of the pool's capacity up to which transactions from clients are admitted (1 =
 *     up to capacity); the rest is kept for what peers forward, so that under overload every super node's pool
 *     holds the same transactions instead of each keeping a different subset (which would strand nonces)
 */
public record NodeOptions(String poolOrdering, int poolCapacity, long verifyCostNanosPerTx, long gossipIntervalNanos,
        boolean equivocate, double clientWatermark) {
    public NodeOptions {
        if (!(clientWatermark > 0 && clientWatermark <= 1)) {
            throw new IllegalArgumentException("client watermark must be in (0, 1], got " + clientWatermark);
        }
    }

    /** Clients may fill the pool to capacity (the simulated experiments' setting). */
    public NodeOptions(String poolOrdering, int poolCapacity, long verifyCostNanosPerTx, long gossipIntervalNanos,
            boolean equivocate) {
        this(poolOrdering, poolCapacity, verifyCostNanosPerTx, gossipIntervalNanos, equivocate, 1.0);
    }

    /** The same options with clients admitted only up to {@code share} of the pool's capacity. */
    public NodeOptions withClientWatermark(double share) {
        return new NodeOptions(poolOrdering, poolCapacity, verifyCostNanosPerTx, gossipIntervalNanos, equivocate, share);
    }

    /** Pool size from which client transactions are refused. */
    public int clientLimit() {
        return (int) Math.max(1, Math.floor(poolCapacity * clientWatermark));
    }

    public static NodeOptions defaults() {
        return new NodeOptions("fee", 200_000, 0, 100_000_000L, false);
    }

    public NodeOptions withEquivocation() {
        return new NodeOptions(poolOrdering, poolCapacity, verifyCostNanosPerTx, gossipIntervalNanos, true, clientWatermark);
    }

    public NodeOptions withPool(String ordering, int capacity) {
        return new NodeOptions(ordering, capacity, verifyCostNanosPerTx, gossipIntervalNanos, equivocate, clientWatermark);
    }

    public NodeOptions withVerifyCost(long nanosPerTx) {
        return new NodeOptions(poolOrdering, poolCapacity, nanosPerTx, gossipIntervalNanos, equivocate, clientWatermark);
    }
}

package io.aigcnet.chain.observe;

import java.util.List;

/**
 * A node's counters at one instant, taken on its event loop; readable from any thread.
 *
 * @param nanos node clock when taken
 * @param verificationsPerSecond signature verifications per second since the previous sample (0 for the first)
 */
public record NodeSample(long nanos, long height, long finalizedHeight, long round, int poolSize, int poolCapacity,
        long admitted, long rejected, int peersConnected, long signatureVerifications, double verificationsPerSecond,
        List<String> superNodes) {
    public static final NodeSample EMPTY = new NodeSample(0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, List.of());
}

package io.aigcnet.chain.metrics;

/**
 * Per-run chain metrics. Throughput and ledger growth are normalised by the chain time the finalised
 * blocks cover (slots 1..K cover K block intervals), so a run's edges (the last block still waiting for
 * its certificate) do not bias them.
 */
public record ChainMetrics(double throughputTps, double canonicalMiBPerHour, double diskMiBPerHour, double latencyP50,
        double latencyP95, double latencyP99, long finalisedTxs, long blocks, double coveredSeconds) {
    private static final double MIB = 1024.0 * 1024.0;

    /** MiB per hour from bytes accumulated over {@code seconds} of chain time. */
    // ProSecutor Fig. 7(b) unit: MB = 2^20 bytes (spec §5.4 reproduction note)
    public static double mibPerHour(long bytes, double seconds) {
        return seconds <= 0 ? 0 : bytes / MIB / (seconds / 3600.0);
    }
}

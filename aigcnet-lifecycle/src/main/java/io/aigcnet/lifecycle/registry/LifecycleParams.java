package io.aigcnet.lifecycle.registry;

/**
 * The registry's agreed parameters (all validators must use the same). Amounts in minor units.
 *
 * @param challengeDeposit the pledge deposit D locked by a challenge
 * @param challengeReward paid to a successful challenger from the challenge pool (never minted)
 * @param thresholdBits largest fingerprint distance judged a duplicate
 * @param maxTimelockNanos longest time lock an HTLC may set
 * @param initialPool the challenge pool at genesis
 */
public record LifecycleParams(long challengeDeposit, long challengeReward, int thresholdBits, long maxTimelockNanos,
        long initialPool) {
    public LifecycleParams {
        if (challengeDeposit < 1 || challengeReward < 0 || thresholdBits < 0 || maxTimelockNanos < 1 || initialPool < 0) {
            throw new IllegalArgumentException("lifecycle params: deposit >= 1, reward >= 0, threshold >= 0, "
                    + "max timelock >= 1 ns, pool >= 0 required");
        }
    }

    /** Token = 10^6 minor units; the lifecycle spec's defaults (D = reward = 10 tokens, 60 blocks of 5 s). */
    public static LifecycleParams defaults(int thresholdBits) {
        return new LifecycleParams(10_000_000L, 10_000_000L, thresholdBits, 600L * 1_000_000_000L, 0);
    }
}

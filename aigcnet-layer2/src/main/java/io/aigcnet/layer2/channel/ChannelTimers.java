package io.aigcnet.layer2.channel;

/**
 * The per-instruction timers of one channel, fixed at establishment (ProSecutor §IV-C: "each
 * instruction gets a timer whose value is customized at channel establishment"). All in nanoseconds
 * of runtime time. A waiting party whose timer expires before the counterparty's instruction arrives
 * rolls the round back (before the commit point) or enforces it (after).
 *
 * @param lockNanos       client waits this long for the MASP's ownership lock (step b)
 * @param feeLockNanos    MASP waits this long for the client's fee lock (step c)
 * @param updateNanos     client waits this long for the MASP's state-update acknowledgement (step d)
 * @param revealNanos     MASP waits this long for the client's reveal of R (step e)
 * @param claimNanos      client waits this long for the MASP's claim signature (step f)
 * @param lockValidityNanos how long a pending swap may still be resolved on chain with R
 * @param challengeNanos  challenge period of a unilateral close
 * @param maxRetries      how often the client resends its reveal before enforcing on chain
 */
public record ChannelTimers(long lockNanos, long feeLockNanos, long updateNanos, long revealNanos,
                            long claimNanos, long lockValidityNanos, long challengeNanos, int maxRetries) {
    public ChannelTimers {
        for (long t : new long[] {lockNanos, feeLockNanos, updateNanos, revealNanos, claimNanos}) {
            if (t <= 0) {
                throw new IllegalArgumentException("channel step timers must be > 0 ns");
            }
        }
        if (lockValidityNanos <= feeLockNanos + revealNanos) {
            throw new IllegalArgumentException("lockValidityNanos must exceed feeLockNanos + revealNanos so that a "
                    + "committed round can still be enforced on chain");
        }
        if (challengeNanos <= 0 || maxRetries < 0) {
            throw new IllegalArgumentException("challengeNanos must be > 0 and maxRetries >= 0");
        }
    }

    private static final long S = 1_000_000_000L;

    /** Defaults for mobile edge links: 2 s per instruction, 60 s lock validity, 10 min challenge period. */
    public static ChannelTimers defaults() {
        return new ChannelTimers(2 * S, 2 * S, 2 * S, 2 * S, 2 * S, 60 * S, 600 * S, 2);
    }
}

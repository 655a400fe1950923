package io.aigcnet.layer2.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import java.util.List;

/**
 * Config of {@code prosecutor-atomicity} (Fig. 10b).
 *
 * @param delayProbabilities probability that one channel instruction is delayed
 * @param seedsPerPoint      independent channel lives per probability
 * @param transfersPerSeed   fee-ownership transfers per channel life
 * @param delayS             length of an injected instruction delay
 * @param linkLatencyMs      one-way mobile-edge link latency
 * @param jitterMs           extra uniform jitter per message
 * @param stepTimerS         every per-instruction timer (set at establishment)
 * @param blockIntervalS     anchor block interval (establish and close)
 */
public record AtomicityConfig(List<Double> delayProbabilities, int seedsPerPoint, int transfersPerSeed, double delayS,
                              double linkLatencyMs, double jitterMs, double stepTimerS, double blockIntervalS)
        implements Validated {
    public static AtomicityConfig defaults() {
        return new AtomicityConfig(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5), 200, 10, 1.5, 250, 100, 2.0, 5);
    }

    public static AtomicityConfig quick() {
        return new AtomicityConfig(List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5), 12, 5, 1.5, 250, 100, 2.0, 5);
    }

    @Override
    public void validate() {
        Checks.nonEmpty("delay_probabilities", delayProbabilities);
        for (Double p : delayProbabilities) {
            if (p == null || !(p >= 0 && p <= 1)) {
                throw ConfigException.field("delay_probabilities", "every probability must be in [0, 1], got " + p);
            }
        }
        Checks.range("seeds_per_point", seedsPerPoint, 1, 100_000);
        Checks.range("transfers_per_seed", transfersPerSeed, 1, 1_000);
        Checks.range("delay_s", delayS, 0, 600);
        Checks.range("link_latency_ms", linkLatencyMs, 0, 60_000);
        Checks.range("jitter_ms", jitterMs, 0, 60_000);
        Checks.range("step_timer_s", stepTimerS, 0.001, 600);
        Checks.range("block_interval_s", blockIntervalS, 0.01, 3600);
    }
}

package io.aigcnet.reputation.sim;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.core.config.Validated;
import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.mwsl.MwslParams;

/**
 * The survey's ESP-selection demo (Figs. 14–15; model in docs/decisions.md): three ESPs with base
 * service latencies that grow with their load in the round, three producers that are satisfied when
 * the latency is within their tolerance and the output passes their quality check, softmax selection
 * over reputation, and ESP1 adding a deliberate delay from {@code delayStart}.
 */
public record SurveyConfig(int rounds, int delayStart, double[] baseLatencyS, double loadPenalty, double latencyNoise,
                           double[] qualityPass, double[] toleranceS, double esp1DelayS, double temperature,
                           double sensitivity, double fee, double blockIntervalS, double freshnessBase,
                           double uncertaintyWeight, double[] factorWeights) implements Validated {

    public static SurveyConfig defaults() {
        return new SurveyConfig(200, 100, new double[] {3, 4, 5}, 0.15, 0.15, new double[] {0.98, 0.85, 0.85},
                new double[] {9, 10, 11}, 10, 0.2, 0.1, 1.0, 5.0, 0.998, 0.5, new double[] {1.0, 1.0, 0.1});
    }

    public static SurveyConfig quick() {
        SurveyConfig d = defaults();
        return new SurveyConfig(120, 60, d.baseLatencyS, d.loadPenalty, d.latencyNoise, d.qualityPass, d.toleranceS,
                d.esp1DelayS, d.temperature, d.sensitivity, d.fee, d.blockIntervalS, d.freshnessBase, d.uncertaintyWeight,
                d.factorWeights);
    }

    @Override
    public void validate() {
        Checks.range("rounds", rounds, 2, 1_000_000);
        Checks.range("delay_start", delayStart, 1, rounds - 1L);
        three("base_latency_s", baseLatencyS, 0, 1e6);
        three("quality_pass", qualityPass, 0, 1);
        three("tolerance_s", toleranceS, 0, 1e6);
        Checks.range("load_penalty", loadPenalty, 0, 100);
        Checks.range("latency_noise", latencyNoise, 0, 1);
        Checks.range("esp1_delay_s", esp1DelayS, 0, 1e6);
        Checks.positive("temperature", temperature);
        Checks.range("sensitivity", sensitivity, 0, 1);
        MwslConfigChecks.check(fee, blockIntervalS, freshnessBase, uncertaintyWeight, factorWeights);
    }

    private static void three(String field, double[] v, double lo, double hi) {
        if (v == null || v.length != 3) {
            throw ConfigException.field(field, "must be a list of 3 numbers (one per ESP or producer)");
        }
        for (int i = 0; i < 3; i++) {
            Checks.range(field + "[" + i + "]", v[i], lo, hi);
        }
    }

    public MwslParams params() {
        return new MwslParams(blockIntervalS, freshnessBase, uncertaintyWeight, FactorWeights.of(factorWeights));
    }
}

package io.aigcnet.reputation.sim;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;

/**
 * Validation of the MWSL and fee keys that every reputation simulation config shares
 * ({@code fee}, {@code block_interval_s}, {@code freshness_base}, {@code uncertainty_weight},
 * {@code factor_weights}), so each config names the same fields with the same allowed values.
 */
final class MwslConfigChecks {
    private MwslConfigChecks() {}

    static void check(double fee, double blockIntervalS, double freshnessBase, double uncertaintyWeight, double[] factorWeights) {
        Checks.range("fee", fee, 0, 1e9);
        Checks.positive("block_interval_s", blockIntervalS);
        Checks.open("freshness_base", freshnessBase, 0, 1);
        Checks.range("uncertainty_weight", uncertaintyWeight, 0, 1);
        if (factorWeights == null || factorWeights.length != 3) {
            throw ConfigException.field("factor_weights", "must be a list of 3 numbers >= 0 (familiarity, freshness, market worth)");
        }
        for (int i = 0; i < 3; i++) {
            Checks.range("factor_weights[" + i + "]", factorWeights[i], 0, 1e9);
        }
    }
}

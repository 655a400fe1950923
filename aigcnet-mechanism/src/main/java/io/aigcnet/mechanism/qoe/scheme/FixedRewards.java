package io.aigcnet.mechanism.qoe.scheme;

import io.aigcnet.mechanism.qoe.leader.ReferenceEquilibrium;
import io.aigcnet.mechanism.qoe.model.PairLoad;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/**
 * Reward matrices of the baselines that do not play the reward game (seed 003 Sec. VI-C,
 * category 1: different reward mechanism, same joint resource optimisation).
 */
public final class FixedRewards {

    private FixedRewards() {
    }

    /**
     * Ratio-based: each user splits a fixed total R_total over the providers in proportion to its
     * demand weight there, R_nm = R_total w_nm / Σ_n' w_n'm. The weight is W_nm = sqrt(A c^f) +
     * sqrt(D c^B), the latency a unit reward buys off at the interior optimum — the user's demand
     * priced in the provider's costs. Not clamped to [R^min, R^max]: R_total = 5 is meant to
     * exceed the game's reward range.
     */
    public static double[][] ratio(QoeInstance inst, double total) {
        int nn = inst.aspCount();
        double[][] r = new double[nn][inst.muCount()];
        for (int m = 0; m < inst.muCount(); m++) {
            double sum = 0;
            for (int n = 0; n < nn; n++) {
                sum += ReferenceEquilibrium.latencyCoefficient(inst.asp(n), inst.load(n, m));
            }
            for (int n = 0; n < nn; n++) {
                r[n][m] = total * ReferenceEquilibrium.latencyCoefficient(inst.asp(n), inst.load(n, m)) / sum;
            }
        }
        return r;
    }

    /**
     * Token-based ("similar to ChatGPT API pricing"): the reward per unit QoE is the pair's token
     * bill, R_nm = (p_in x_in + p_out x_out)/1000. Needs token counts on every pair.
     */
    public static double[][] token(QoeInstance inst, double priceIn, double priceOut) {
        double[][] r = new double[inst.aspCount()][inst.muCount()];
        for (int n = 0; n < inst.aspCount(); n++) {
            for (int m = 0; m < inst.muCount(); m++) {
                PairLoad p = inst.load(n, m);
                if (!p.hasTokens()) {
                    throw new IllegalArgumentException("pairs[" + n + "][" + m
                            + "]: the token scheme needs x_in and x_out on every pair");
                }
                r[n][m] = (priceIn * p.xIn() + priceOut * p.xOut()) / 1000.0;
            }
        }
        return r;
    }
}

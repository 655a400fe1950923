package io.aigcnet.reputation.mwsl;

/**
 * The three weighting factors an RCO computes for client k's opinion on MASP j, and the weight
 * ‖μ_Ω ⊙ Ω_kj‖₂ that enters the reference opinion.
 */
public final class WeightingFactors {
    private WeightingFactors() {}

    // ProSecutor eq. (8), familiarity: F^a_kj = (p_kj + n_kj) / Σ_c (p_cj + n_cj), over clients with an opinion on j
    public static double familiarity(long interactionsOfK, long interactionsOfAll) {
        if (interactionsOfK < 0 || interactionsOfAll < interactionsOfK) {
            throw new IllegalArgumentException("need 0 <= own interactions <= total, got " + interactionsOfK + " of " + interactionsOfAll);
        }
        return interactionsOfAll == 0 ? 0.0 : (double) interactionsOfK / interactionsOfAll;
    }

    // ProSecutor eq. (8), age with the sign fixed: Δ = (latest block − opinion block) × block interval [s]
    public static double ageSeconds(long latestBlock, long opinionBlock, double blockIntervalSeconds) {
        if (opinionBlock > latestBlock) {
            throw new IllegalArgumentException("opinion block " + opinionBlock + " is after the latest block " + latestBlock);
        }
        return (latestBlock - opinionBlock) * blockIntervalSeconds;
    }

    // ProSecutor eq. (8), freshness: F^r = θ^Δ
    public static double freshness(double freshnessBase, double ageSeconds) {
        return Math.pow(freshnessBase, ageSeconds);
    }

    // ProSecutor eq. (9): W_kj = Σ_q 𝒱(ω[q])·F^r[q], 𝒱 = fee paid in round q, over k's earlier opinions on j
    public static double marketWorth(double[] fees, double[] agesSeconds, double freshnessBase) {
        if (fees.length != agesSeconds.length) {
            throw new IllegalArgumentException("fees and ages need equal lengths, got " + fees.length + " and " + agesSeconds.length);
        }
        double sum = 0;
        for (int q = 0; q < fees.length; q++) {
            sum += fees[q] * freshness(freshnessBase, agesSeconds[q]);
        }
        return sum;
    }

    // ProSecutor eq. (10) weight: ‖μ_Ω ⊙ (F^a, F^r, W)‖₂
    public static double weight(FactorWeights mu, double familiarity, double freshness, double marketWorth) {
        double a = mu.familiarity() * familiarity;
        double r = mu.freshness() * freshness;
        double w = mu.marketWorth() * marketWorth;
        return Math.sqrt(a * a + r * r + w * w);
    }
}

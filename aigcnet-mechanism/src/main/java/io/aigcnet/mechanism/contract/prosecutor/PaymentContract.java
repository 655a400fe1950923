package io.aigcnet.mechanism.contract.prosecutor;

/**
 * The contract {μ_s, F_s} (ProSecutor eq. (13); the paper's "basic fee and bonus rate" lists them swapped, A-12).
 *
 * @param bonusRate μ_s, tokens per unit OS²A
 * @param fixedFee  F_s(𝒟_t), the fixed reward for this task (tokens)
 */
public record PaymentContract(double bonusRate, double fixedFee) {
    public PaymentContract {
        if (!Double.isFinite(bonusRate) || !Double.isFinite(fixedFee))
            throw new IllegalArgumentException("contract items must be finite, got mu_s = " + bonusRate + ", F_s = " + fixedFee);
    }

    public double[] toVector() {
        return new double[] {bonusRate, fixedFee};
    }
}

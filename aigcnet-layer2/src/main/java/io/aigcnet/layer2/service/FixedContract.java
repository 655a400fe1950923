package io.aigcnet.layer2.service;

/**
 * A fixed contract: F_s(D_t) = {@code feePerDifficulty}·D_t (the paper gives F_s no form; linear in the
 * task difficulty is the simplest that pays harder tasks more) and a constant μ_s.
 */
public record FixedContract(double feePerDifficulty, double bonusRate) implements ServiceContract {
    public FixedContract {
        if (!(feePerDifficulty >= 0) || !(bonusRate >= 0) || Double.isInfinite(feePerDifficulty) || Double.isInfinite(bonusRate)) {
            throw new IllegalArgumentException("contract fee_per_difficulty and bonus_rate must be finite and >= 0");
        }
    }

    @Override
    public double basicFee(double difficulty) {
        return feePerDifficulty * difficulty;
    }
}

package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;

/**
 * The constants of ProSecutor's contract model that the paper leaves open (A-9, A-10, A-11; all in
 * docs/decisions.md). Field names in config files are snake_case.
 *
 * @param alpha              α of eq. (1), weight of the objective part
 * @param reputation         OS²A_S of the MASP (its MWSL reputation, eq. (12)); fixed within a round
 * @param expectedOs2a       𝔼(OS²A), the client's expected OS²A in eq. (14)
 * @param valuePerDifficulty client's value of a task, tokens per TFLOP of 𝒟_t (the bounded reading of eq. (14), A-10)
 * @param agentThreshold     U_th^SP of the IR constraint (tokens)
 * @param computeMin         smallest c̄ the MASP may invest (TFLOP/s)
 * @param computeMax         largest c̄ (TFLOP/s)
 * @param feeMin             f_m^e, the lowest channel fee (χ² fee unit)
 * @param feeMax             f_M^e, the highest channel fee
 * @param feeClasses         Z, the fee sub-ranges of eq. (4)
 * @param feeUnit            tokens per χ² fee unit (the paper's fee unit is not stated)
 * @param bonusMax           largest μ_s of the contract box (tokens per unit OS²A)
 * @param fixedMax           largest F_s of the contract box (tokens); F_s >= 0 (a reward, limited liability)
 * @param penalty            reward of a contract violating IR or IC (−500 in the paper)
 * @param headerBytes        anchor block header (120 B, BlockEmulator)
 * @param txBytes            transaction size (99 B, BlockEmulator)
 * @param responseGrid       grid points in c̄ of the MASP's best response before refinement
 * @param contractGrid       grid points in μ_s of the exact solver before refinement
 * @param deviationGrid      grid points per axis of the IC check's deviations
 * @param tolerance          slack of the IR and IC checks (tokens)
 */
public record ProsecutorParams(double alpha, double reputation, double expectedOs2a, double valuePerDifficulty,
                               double agentThreshold, double computeMin, double computeMax, double feeMin, double feeMax,
                               int feeClasses, double feeUnit, double bonusMax, double fixedMax, double penalty,
                               double headerBytes, double txBytes, int responseGrid, int contractGrid, int deviationGrid,
                               double tolerance) {

    public static ProsecutorParams defaults() {
        return new ProsecutorParams(0.5, 0.8, 0.6, 10, 20, 1, 40, 0.05, 4, 16, 25, 1000, 300, -500, 120, 99, 32, 201, 161, 1e-6);
    }

    /** Checks every field; {@code prefix} is this block's config path (e.g. "prosecutor."). */
    public void validate(String prefix) {
        Checks.range(prefix + "alpha", alpha, 0, 1);
        Checks.range(prefix + "reputation", reputation, 0, 1);
        Checks.positive(prefix + "expected_os2a", expectedOs2a);
        Checks.positive(prefix + "value_per_difficulty", valuePerDifficulty);
        Checks.finite(prefix + "agent_threshold", agentThreshold);
        Checks.positive(prefix + "compute_min", computeMin);
        if (!(computeMax > computeMin) || Double.isInfinite(computeMax))
            throw ConfigException.field(prefix + "compute_max", "must be finite and > compute_min = " + computeMin);
        Checks.range(prefix + "fee_min", feeMin, 0, Double.MAX_VALUE);
        if (!(feeMax > feeMin) || Double.isInfinite(feeMax))
            throw ConfigException.field(prefix + "fee_max", "must be finite and > fee_min = " + feeMin);
        Checks.range(prefix + "fee_classes", feeClasses, 1, 10_000);
        Checks.positive(prefix + "fee_unit", feeUnit);
        Checks.positive(prefix + "bonus_max", bonusMax);
        Checks.positive(prefix + "fixed_max", fixedMax);
        Checks.finite(prefix + "penalty", penalty);
        Checks.range(prefix + "header_bytes", headerBytes, 0, 1e9);
        Checks.range(prefix + "tx_bytes", txBytes, 0, 1e9);
        Checks.range(prefix + "response_grid", responseGrid, 2, 100_000);
        Checks.range(prefix + "contract_grid", contractGrid, 2, 1_000_000);
        Checks.range(prefix + "deviation_grid", deviationGrid, 2, 100_000);
        Checks.range(prefix + "tolerance", tolerance, 0, 1e6);
    }

    public ProsecutorParams withAgentThreshold(double threshold) {
        return new ProsecutorParams(alpha, reputation, expectedOs2a, valuePerDifficulty, threshold, computeMin, computeMax, feeMin,
                feeMax, feeClasses, feeUnit, bonusMax, fixedMax, penalty, headerBytes, txBytes, responseGrid, contractGrid,
                deviationGrid, tolerance);
    }

    public ProsecutorParams withFees(double min, double max, int classes) {
        return new ProsecutorParams(alpha, reputation, expectedOs2a, valuePerDifficulty, agentThreshold, computeMin, computeMax, min,
                max, classes, feeUnit, bonusMax, fixedMax, penalty, headerBytes, txBytes, responseGrid, contractGrid, deviationGrid,
                tolerance);
    }
}

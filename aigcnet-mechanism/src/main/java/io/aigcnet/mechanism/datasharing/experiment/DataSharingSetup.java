package io.aigcnet.mechanism.datasharing.experiment;

import io.aigcnet.core.config.Checks;
import io.aigcnet.core.config.ConfigException;
import io.aigcnet.mechanism.datasharing.env.ActionCodec;
import io.aigcnet.mechanism.datasharing.env.ContractReward;
import io.aigcnet.mechanism.datasharing.env.StateDistribution;
import io.aigcnet.mechanism.datasharing.model.IncentiveConstraints;
import io.aigcnet.mechanism.datasharing.model.MarketParams;
import io.aigcnet.mechanism.datasharing.solver.FrequencyBounds;

/**
 * The paper's simulation constants (Sec. V) plus the choices it leaves open, as one config block
 * shared by the data-sharing experiments. Field names in config files are snake_case.
 *
 * @param alpha      device preference for AoI (0.75 in Fig. 2)
 * @param beta       unit profit of QoD (100)
 * @param slotS      slot length t in seconds (24 Kb / 24 Mbps = 0.001)
 * @param devices    M (40)
 * @param aMaxRange  A_max range, seconds ([0.5, 1])
 * @param dMaxRange  D_max range, seconds ([0.5, 1])
 * @param dirichlet  Q's Dirichlet concentration ((1, 1); not in the paper)
 * @param phiRanges  per-type phi ranges ([1, 8], [8, 15])
 * @param integerPhi draw integer phi (the paper's example states have integers; default false)
 * @param penalty    U_p (-500)
 * @param fMin       smallest update frequency of the action box (0.001; not in the paper)
 * @param fMax       largest update frequency (1: one-slot cycle)
 * @param rMax       largest reward of the action box (1; not in the paper)
 * @param tolerance  slack of the IR/IC check (1e-9; not in the paper)
 * @param actionDesign how PPO's action becomes a menu: "monotone" (feasible by construction; default)
 *                   or "box" (the paper's independent (f, r) per type, penalised when IR/IC fail)
 */
public record DataSharingSetup(double alpha, double beta, double slotS, int devices, double[] aMaxRange, double[] dMaxRange,
                               double[] dirichlet, double[][] phiRanges, boolean integerPhi, double penalty, double fMin,
                               double fMax, double rMax, double tolerance, String actionDesign) {

    public static DataSharingSetup paper() {
        return new DataSharingSetup(0.75, 100, 0.001, 40, new double[] {0.5, 1}, new double[] {0.5, 1}, new double[] {1, 1},
                new double[][] {{1, 8}, {8, 15}}, false, -500, 1e-3, 1.0, 1.0, IncentiveConstraints.DEFAULT_TOLERANCE,
                ActionCodec.Design.MONOTONE.key());
    }

    /** Checks every field; {@code prefix} is the config path of this block (e.g. "setup."). */
    public void validate(String prefix) {
        Checks.range(prefix + "alpha", alpha, 0, 1);
        Checks.positive(prefix + "beta", beta);
        Checks.positive(prefix + "slot_s", slotS);
        Checks.range(prefix + "devices", devices, 1, 1_000_000);
        Checks.open(prefix + "penalty", penalty, Double.NEGATIVE_INFINITY, 0);
        Checks.range(prefix + "f_min", fMin, Double.MIN_NORMAL, 1);
        Checks.range(prefix + "f_max", fMax, fMin, 1);
        Checks.positive(prefix + "r_max", rMax);
        Checks.range(prefix + "tolerance", tolerance, 0, 1);
        Checks.oneOf(prefix + "action_design", actionDesign, "monotone", "box");
        try {
            distribution();
        } catch (IllegalArgumentException e) {
            throw ConfigException.field(prefix + "a_max_range/d_max_range/dirichlet/phi_ranges", e.getMessage());
        }
    }

    public MarketParams market() {
        return new MarketParams(alpha, beta, slotS);
    }

    public StateDistribution distribution() {
        return new StateDistribution(devices, aMaxRange, dMaxRange, dirichlet, phiRanges, integerPhi);
    }

    public int types() {
        return phiRanges.length;
    }

    public FrequencyBounds frequencyBounds() {
        return new FrequencyBounds(fMin, fMax);
    }

    public ActionCodec codec() {
        return new ActionCodec(types(), frequencyBounds(), rMax, ActionCodec.Design.parse(actionDesign));
    }

    public ContractReward reward() {
        return new ContractReward(market(), new IncentiveConstraints(tolerance), penalty);
    }

    public DataSharingSetup withAlpha(double a) {
        return new DataSharingSetup(a, beta, slotS, devices, aMaxRange, dMaxRange, dirichlet, phiRanges, integerPhi, penalty,
                fMin, fMax, rMax, tolerance, actionDesign);
    }

    public DataSharingSetup withActionDesign(String design) {
        return new DataSharingSetup(alpha, beta, slotS, devices, aMaxRange, dMaxRange, dirichlet, phiRanges, integerPhi, penalty,
                fMin, fMax, rMax, tolerance, design);
    }
}

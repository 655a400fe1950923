package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.mechanism.contract.search.GridRefine;

/**
 * The exact optimal contract of ProSecutor eq. (16) by nested maximisation. F_s does not move the MASP's best
 * response and costs the client one token per token, so for a bonus μ_s the client pays the smallest F_s >= 0
 * that meets IR: F_s = max(0, U_th − U_SP(μ_s, 0)). That leaves a one-dimensional search over μ_s in
 * [0, bonus_max] (grid plus golden-section refinement), each point solving the MASP's best response.
 */
public final class ProsecutorContractSolver {

    private ProsecutorContractSolver() {}

    /** The optimum; {@code feasible} is false when no contract in the box meets IR. */
    public record Solution(PaymentContract contract, MaspBestResponse.Response response, double clientUtility, boolean feasible) {}

    /** The cheapest F_s meeting IR for bonus μ_s, or NaN when even fixed_max is not enough. */
    public static double cheapestFixedFee(PaymentModel m, double bonus, MaspBestResponse.Response atZeroFixed) {
        double needed = Math.max(0, m.params().agentThreshold() - atZeroFixed.utility());
        return needed <= m.params().fixedMax() ? needed : Double.NaN;
    }

    /** U_C of the best contract with bonus μ_s (−∞ when IR cannot be met). */
    static double valueOfBonus(PaymentModel m, double bonus) {
        MaspBestResponse.Response r = MaspBestResponse.of(m, new PaymentContract(bonus, 0));
        double fixed = cheapestFixedFee(m, bonus, r);
        if (Double.isNaN(fixed)) return Double.NEGATIVE_INFINITY;
        return m.clientUtility(new PaymentContract(bonus, fixed), r.os2a());
    }

    public static Solution solve(PaymentModel m) {
        ProsecutorParams p = m.params();
        GridRefine.Max best = GridRefine.maximise(mu -> valueOfBonus(m, mu), 0, p.bonusMax(), p.contractGrid(), 1e-9 * p.bonusMax());
        double bonus = best.x();
        MaspBestResponse.Response atZero = MaspBestResponse.of(m, new PaymentContract(bonus, 0));
        double fixed = cheapestFixedFee(m, bonus, atZero);
        boolean feasible = !Double.isNaN(fixed);
        PaymentContract c = new PaymentContract(bonus, feasible ? fixed : p.fixedMax());
        MaspBestResponse.Response r = MaspBestResponse.of(m, c);
        return new Solution(c, r, m.clientUtility(c, r.os2a()), feasible);
    }
}

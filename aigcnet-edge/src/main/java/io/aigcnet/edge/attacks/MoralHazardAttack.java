package io.aigcnet.edge.attacks;

import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.MaspBestResponse;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorContractSolver;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import java.util.Locale;

/**
 * Moral hazard (ProSecutor Table II, defence: the contract payment scheme). After accepting a task the MASP
 * chooses, unseen, how much compute c̄ to invest; it picks the best response to what it is paid. With the
 * defence it is paid by the optimal contract {μ_s, F_s} of eq. (13) for the reference market (the exact solver);
 * without it, by a flat fee equal to the contract's expected payment (μ_s = 0), so the client spends the same.
 */
public final class MoralHazardAttack {
    /** The MASP's best response to one payment scheme. */
    public record Response(PaymentContract contract, double compute, double clientUtility, double maspUtility, double payment) {
    }

    private final ProsecutorParams params;
    private final double shirkShare;

    public MoralHazardAttack(ProsecutorParams params, double shirkShare) {
        this.params = params;
        this.shirkShare = shirkShare;
    }

    private PaymentModel model() {
        return new PaymentModel(MarketState.reference(), params);
    }

    public Response underContract() {
        PaymentModel m = model();
        return respond(m, ProsecutorContractSolver.solve(m).contract());
    }

    /** A flat fee equal to what the optimal contract pays at the MASP's response to it. */
    public Response underFlatFee() {
        PaymentModel m = model();
        return respond(m, new PaymentContract(0, underContract().payment()));
    }

    private static Response respond(PaymentModel m, PaymentContract c) {
        MaspBestResponse.Response r = MaspBestResponse.of(m, c);
        return new Response(c, r.action().compute(), m.clientUtility(c, r.os2a()), r.utility(), PaymentModel.fee(c, r.os2a()));
    }

    /** The compute below which the MASP counts as shirking: the lowest {@code shirkShare} of its action box. */
    public double shirkLine() {
        return params.computeMin() + shirkShare * (params.computeMax() - params.computeMin());
    }

    /** Defended when the MASP's best response invests above the shirking line. */
    public AttackOutcome run() {
        return new AttackOutcome("moral_hazard", "Moral hazard", "contract payment scheme (fixed fee plus a bonus rate on OS2A); "
                + "removed: a flat fee of the same expected payment", "TFLOP/s",
                "compute the MASP invests as its best response to the payment scheme",
                String.format(Locale.ROOT, "compute > %.3f TFLOP/s (above the lowest %.0f%% of the MASP's compute range, i.e. it does "
                        + "not shirk)", shirkLine(), 100 * shirkShare),
                true, "", trial(underContract(), "optimal contract"), trial(underFlatFee(), "flat fee"));
    }

    private Trial trial(Response r, String how) {
        return new Trial(r.compute(), r.compute() > shirkLine(), String.format(Locale.ROOT,
                "%s (mu_s = %.2f, F_s = %.2f): the MASP invests %.3f TFLOP/s (range %.3f..%.3f), is paid %.3f tokens and earns %.3f; "
                        + "the client's utility is %.3f tokens", how, r.contract().bonusRate(), r.contract().fixedFee(), r.compute(),
                params.computeMin(), params.computeMax(), r.payment(), r.maspUtility(), r.clientUtility()));
    }
}

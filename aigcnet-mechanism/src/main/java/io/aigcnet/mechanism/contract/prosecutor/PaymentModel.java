package io.aigcnet.mechanism.contract.prosecutor;

import io.aigcnet.reputation.os2a.FeeDensity;
import io.aigcnet.reputation.os2a.FeePriorityQueueing;
import io.aigcnet.reputation.os2a.ObjectiveScore;
import io.aigcnet.reputation.os2a.Os2aFusion;
import io.aigcnet.reputation.os2a.PoissonBlockQueue;
import io.aigcnet.reputation.os2a.ServiceLatency;

/**
 * Eqs. (13)–(15) of ProSecutor for one market state. The latencies and the OS²A fusion are aigcnet-reputation's
 * eqs. (1)–(5); this class only wires them to the state and precomputes what does not depend on the MASP's
 * action (upload time, Kademlia broadcast, the fee-class queueing latencies, the Ω bounds).
 *
 * <p>Readings (docs/decisions.md): inference 𝒟_t/c̄ comes first and the upload S_p/b̄ second, so the compute
 * cost r·c̄·𝒯_2 of eq. (15) is r·c̄·S_p/b̄; every round opens a channel whose fee is amortised as
 * F_e/ζ; the client's revenue is (1+ε̄)·V·OS²A/𝔼(OS²A) with V the task's value; Ω of eq. (2)
 * uses the bounds the MASP's action box allows in this state.
 */
public final class PaymentModel {
    private final MarketState state;
    private final ProsecutorParams params;
    private final double upload;
    private final double broadcast;
    private final FeePriorityQueueing queueing;
    private final double[] classLatency;
    private final double objectiveMin;
    private final double objectiveMax;

    public PaymentModel(MarketState state, ProsecutorParams params) {
        this.state = state;
        this.params = params;
        this.upload = ServiceLatency.upload(state.outputSize(), state.bandwidth());
        double blockMegabytes = (params.headerBytes() + state.blockCapacity() * params.txBytes()) / 1e6;
        // ProSecutor Sec. V-B: 𝒯_b = log2|ℳ|·S_b/(k̄·b̄·p_b); called with no attackers, then divided by the state's p_b
        this.broadcast = ServiceLatency.kademliaBroadcast((int) state.masps(), 0, blockMegabytes, state.neighbours(),
                state.bandwidth()) / state.rebroadcast();
        this.queueing = FeePriorityQueueing.fromMonitoredQueueLength(params.feeMin(), params.feeMax(), params.feeClasses(),
                state.meanQueueLength(), new PoissonBlockQueue(state.blockRate(), (int) state.blockCapacity()), FeeDensity.paper());
        this.classLatency = queueing.corrected();
        double slowest = 0, fastest = Double.POSITIVE_INFINITY;
        for (double t : classLatency) {
            slowest = Math.max(slowest, t);
            fastest = Math.min(fastest, t);
        }
        this.objectiveMin = objective(params.computeMin(), slowest);
        this.objectiveMax = objective(params.computeMax(), fastest);
    }

    public MarketState state() { return state; }

    public ProsecutorParams params() { return params; }

    /** Number of fee classes Z. */
    public int feeClasses() { return classLatency.length; }

    /** The cheapest fee of class z (0-based): its lower edge; any dearer fee in the class buys the same 𝒯_q. */
    public double classFloor(int z) {
        return params.feeMin() + z * (params.feeMax() - params.feeMin()) / classLatency.length;
    }

    /** 𝒯_q of class z from eq. (4) (the corrected reading of aigcnet-reputation). */
    public double classQueueing(int z) { return classLatency[z]; }

    public int classOf(double fee) { return queueing.classOf(fee); }

    // ProSecutor eq. (3) with p_fork = 0 (DPoS): 𝒯_3 = 𝒯_b + 𝒯_q(F_e)
    public double channelLatency(int feeClass) {
        return ServiceLatency.channelSetup(broadcast, classLatency[feeClass], 0);
    }

    // ProSecutor Sec. V-B: OS²A_O = 1/(𝒯_1 + 𝒯_2 + 𝒯_3), inference 𝒟_t/c̄ and upload S_p/b̄
    private double objective(double compute, double queueLatency) {
        return ObjectiveScore.fromLatencies(upload, ServiceLatency.inference(state.difficulty(), compute),
                ServiceLatency.channelSetup(broadcast, queueLatency, 0));
    }

    /** OS²A_O for compute c̄ and fee class z. */
    public double objectiveScore(double compute, int feeClass) {
        return objective(compute, classLatency[feeClass]);
    }

    // ProSecutor eqs. (1)-(2): OS²A = α·Ω(OS²A_O) + (1 − α)·Ω(OS²A_S), Ω over the action box's bounds and [0, 1] for reputation
    public double os2a(double compute, int feeClass) {
        return Os2aFusion.os2a(params.alpha(), objectiveScore(compute, feeClass), objectiveMin, objectiveMax, params.reputation(), 0, 1);
    }

    public double os2a(MaspAction a) {
        return os2a(a.compute(), classOf(a.channelFee()));
    }

    // ProSecutor eq. (13): I_M = F_s(𝒟_t) + μ_s·OS²A
    public static double fee(PaymentContract c, double os2a) {
        return c.fixedFee() + c.bonusRate() * os2a;
    }

    /** V = v·𝒟_t, the client's value of the task at the expected OS²A (the bounded reading of eq. (14), A-10). */
    public double taskValue() {
        return params.valuePerDifficulty() * state.difficulty();
    }

    // ProSecutor eq. (14), bounded reading: U_C = (1 + ε̄)·V·OS²A/𝔼(OS²A) − I_M
    public double clientUtility(PaymentContract c, double os2a) {
        return (1 + state.roi()) * taskValue() * os2a / params.expectedOs2a() - fee(c, os2a);
    }

    // ProSecutor eq. (15): U_SP = I_M − [𝔼(F_e) + r·c̄·𝒯_2], 𝔼(F_e) = F_e/ζ, 𝒯_2 = S_p/b̄
    public double maspUtility(PaymentContract c, double compute, double channelFee, double os2a) {
        double channelCost = params.feeUnit() * channelFee / state.round();
        double computeCost = state.computeCost() * compute * upload;
        return fee(c, os2a) - (channelCost + computeCost);
    }

    public double maspUtility(PaymentContract c, MaspAction a) {
        return maspUtility(c, a.compute(), a.channelFee(), os2a(a));
    }

    /** The bounds of Ω(OS²A_O) in this state: {min, max}. */
    public double[] objectiveBounds() {
        return new double[] {objectiveMin, objectiveMax};
    }
}

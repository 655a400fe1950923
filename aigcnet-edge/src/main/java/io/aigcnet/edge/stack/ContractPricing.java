package io.aigcnet.edge.stack;

import io.aigcnet.layer2.service.FixedContract;
import io.aigcnet.layer2.service.RoundPricing;
import io.aigcnet.layer2.service.ServiceContract;
import io.aigcnet.mechanism.contract.prosecutor.MarketState;
import io.aigcnet.mechanism.contract.prosecutor.MaspBestResponse;
import io.aigcnet.mechanism.contract.prosecutor.PaymentContract;
import io.aigcnet.mechanism.contract.prosecutor.PaymentModel;
import io.aigcnet.mechanism.contract.prosecutor.ProsecutorParams;
import io.aigcnet.mechanism.contract.service.Settlement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * ProSecutor's contract payment (Sec. VI-B) in the layer-2 service round: at each handshake the client asks a
 * contract policy of aigcnet-mechanism (fixed, the exact optimum of eq. (16), or a trained policy) for
 * {μ_s, F_s} in the round's market state, and the round pays eq. (13) with the OS²A measured in that round.
 *
 * <p>The market state is the reference state of the contract experiments with what the round knows put in:
 * |ℳ| (the MASPs of the market), ζ (the index of this round between the pair) and λ (anchor blocks per
 * second). The MASP's compute is not observable (moral hazard), so its utility is evaluated at its IC best
 * response to the offered contract ({@link MaspBestResponse}), with the measured OS²A; the client's utility
 * is eq. (14) with the measured OS²A ({@link Settlement}). Currency: one contract token is one minor unit of
 * the channel (the layer-2 fee rounds eq. (13) half-up to whole units).
 */
public final class ContractPricing implements RoundPricing {
    private final io.aigcnet.mechanism.contract.service.ServiceContract policy;
    private final ProsecutorParams params;
    private final MarketState base;
    /** Per market state: the contract, its model and the MASP's IC response (solved once, reused by every round in it). */
    private record Offer(PaymentContract contract, PaymentModel model, io.aigcnet.mechanism.contract.prosecutor.MaspAction response) {}

    private final Map<MarketState, Offer> offered = new LinkedHashMap<>();
    private long rounds;
    private double feeSum;
    private double clientUtilitySum;
    private double maspUtilitySum;
    private double os2aSum;

    public ContractPricing(io.aigcnet.mechanism.contract.service.ServiceContract policy, ProsecutorParams params, MarketState base) {
        this.policy = policy;
        this.params = params;
        this.base = base;
    }

    /** The market state of a round (see the class comment). */
    public MarketState state(Terms t) {
        return new MarketState(base.outputSize(), base.bandwidth(), base.difficulty(), base.blockCapacity(), Math.max(2, t.masps()),
                base.neighbours(), base.rebroadcast(), base.meanQueueLength(), 1 / t.blockIntervalS(), base.roi(), base.computeCost(),
                t.roundOfPair());
    }

    @Override
    public synchronized ServiceContract offer(Terms t) {
        PaymentContract c = offer(state(t)).contract();
        // F_s is a fixed fee per task; the handshake carries it per unit of the task's difficulty
        return new FixedContract(c.fixedFee() / t.difficulty(), c.bonusRate());
    }

    @Override
    public synchronized void settled(Terms t, ServiceContract contract, double measuredOs2a, long fee) {
        Offer o = offer(state(t));
        Settlement st = Settlement.of(o.model(), o.contract(), o.response(), measuredOs2a);
        rounds++;
        feeSum += fee;
        os2aSum += measuredOs2a;
        clientUtilitySum += st.clientUtility();
        maspUtilitySum += st.maspUtility();
    }

    private Offer offer(MarketState s) {
        return offered.computeIfAbsent(s, k -> {
            PaymentContract c = policy.offer(k);
            PaymentModel model = new PaymentModel(k, params);
            return new Offer(c, model, MaspBestResponse.of(model, c).action());
        });
    }

    @Override
    public String describe() {
        return policy.describe();
    }

    /** What the rounds paid and obtained so far, for reports. */
    public synchronized Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("policy", policy.describe());
        m.put("rounds", rounds);
        m.put("distinct_states", offered.size());
        m.put("mean_fee", rounds == 0 ? 0 : feeSum / rounds);
        m.put("mean_measured_os2a", rounds == 0 ? 0 : os2aSum / rounds);
        m.put("mean_client_utility", rounds == 0 ? 0 : clientUtilitySum / rounds);
        m.put("mean_masp_utility", rounds == 0 ? 0 : maspUtilitySum / rounds);
        PaymentContract first = offered.values().stream().findFirst().map(Offer::contract).orElse(null);
        if (first != null) {
            m.put("first_contract", String.format(Locale.ROOT, "mu_s = %.3f, F_s = %.3f", first.bonusRate(), first.fixedFee()));
        }
        return m;
    }
}

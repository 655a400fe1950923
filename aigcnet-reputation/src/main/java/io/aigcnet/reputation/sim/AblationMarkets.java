package io.aigcnet.reputation.sim;

import io.aigcnet.reputation.mwsl.FactorWeights;
import io.aigcnet.reputation.store.OpinionStore;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * ProSecutor Fig. 8-B: the explicit market with one MASP per level, no degradation, and one
 * weighting factor switched off while the matching attack targets the level-2 MASP.
 */
public final class AblationMarkets {
    /** The level-2 MASP (index 1 with one MASP per level). */
    static final int TARGET = 1;

    /** The four cases in the paper's order. */
    public static final List<String> CASES = List.of("all_factors", "no_familiarity", "no_freshness", "no_market_worth");

    private AblationMarkets() {}

    /** The honest market of the ablation: the Fig. 8-A explicit model, one MASP per level. */
    public static ProsecutorMarketConfig market(AblationConfig a) {
        ProsecutorMarketConfig d = ProsecutorMarketConfig.defaults();
        return new ProsecutorMarketConfig(a.rounds(), a.rounds() - 1, 1, a.clientsPerType(), a.levelFid(), d.fidSd(), 0,
                d.typeFidThreshold(), new double[] {a.sensitivity(), a.sensitivity(), a.sensitivity(), a.sensitivity()}, d.capacityFactor(), d.fee(), d.blockIntervalS(), d.freshnessBase(),
                d.uncertaintyWeight(), d.factorWeights(), d.implicitLevelQuality(), d.implicitNoise(), d.implicitMaspSpread(),
                d.implicitTypeThreshold());
    }

    public static ProsecutorMarkets.LevelSeries run(String name, AblationConfig a, UniformRandomProvider modelRng,
                                                    UniformRandomProvider marketRng) {
        ProsecutorMarketConfig base = market(a);
        FactorWeights mu = base.params().factorWeights();
        FactorWeights caseMu;
        Adversary adversary;
        switch (name) {
            case "all_factors":
                caseMu = mu;
                adversary = Adversary.NONE;
                break;
            case "no_familiarity":
                caseMu = mu.withoutFamiliarity();
                adversary = flooding(a);
                break;
            case "no_freshness":
                caseMu = mu.withoutFreshness();
                adversary = longRange(a);
                break;
            case "no_market_worth":
                caseMu = mu.withoutMarketWorth();
                adversary = dusting(a);
                break;
            default:
                throw new IllegalArgumentException("unknown ablation case '" + name + "'; allowed: " + CASES);
        }
        return run(a, caseMu, adversary, modelRng, marketRng);
    }

    /** The factor weights of the honest market (all factors on). */
    public static FactorWeights allFactors(AblationConfig a) {
        return market(a).params().factorWeights();
    }

    /**
     * The ablation market with any factor weights and any adversary (the attack suite pairs each attack with its
     * factor on and off; {@link #run(String, AblationConfig, UniformRandomProvider, UniformRandomProvider)} pairs
     * them as Fig. 8-B does).
     */
    public static ProsecutorMarkets.LevelSeries run(AblationConfig a, FactorWeights caseMu, Adversary adversary,
                                                    UniformRandomProvider modelRng, UniformRandomProvider marketRng) {
        ProsecutorMarketConfig base = market(a);
        double[] w = {caseMu.familiarity(), caseMu.freshness(), caseMu.marketWorth()};
        ProsecutorMarketConfig cfg = new ProsecutorMarketConfig(base.rounds(), base.degradeRound(), 1, base.clientsPerType(),
                base.levelFid(), base.fidSd(), 0, base.typeFidThreshold(), base.typeSensitivity(), base.capacityFactor(),
                base.fee(), base.blockIntervalS(), base.freshnessBase(), base.uncertaintyWeight(), w,
                base.implicitLevelQuality(), base.implicitNoise(), base.implicitMaspSpread(), base.implicitTypeThreshold());
        double[] offset = ProsecutorMarkets.maspOffsets(cfg, modelRng, cfg.fidSd() / 3);
        return ProsecutorMarkets.run(cfg, new ProsecutorMarkets.ExplicitService(cfg, offset, false), adversary, marketRng);
    }

    /** Flooding: every Sybil identity sends one cheap positive opinion on the target each round. */
    public static Adversary flooding(AblationConfig a) {
        return new Adversary() {
            @Override
            public int identities() {
                return a.floodingIdentities();
            }

            @Override
            public void act(int round, int firstId, OpinionStore store) {
                for (int i = 0; i < a.floodingIdentities(); i++) {
                    store.record(firstId + i, TARGET, round, a.floodingFee(), 1, 0);
                }
            }
        };
    }

    /** Long range: one high-fee forged opinion every few rounds, rotating over a few identities, none after the last round. */
    public static Adversary longRange(AblationConfig a) {
        return new Adversary() {
            @Override
            public int identities() {
                return a.longRangeIdentities();
            }

            @Override
            public void act(int round, int firstId, OpinionStore store) {
                if (round == 0 || round > a.longRangeLastRound() || round % a.longRangeEvery() != 0) {
                    return;
                }
                int who = (round / a.longRangeEvery()) % a.longRangeIdentities();
                store.record(firstId + who, TARGET, round, a.longRangeFee(), a.longRangeJudgments(), 0);
            }
        };
    }

    /** Dusting: in a short window, many identities each claim many positive judgments per round. */
    public static Adversary dusting(AblationConfig a) {
        return new Adversary() {
            @Override
            public int identities() {
                return a.dustingIdentities();
            }

            @Override
            public void act(int round, int firstId, OpinionStore store) {
                if (round < a.dustingStart() || round > a.dustingEnd()) {
                    return;
                }
                for (int i = 0; i < a.dustingIdentities(); i++) {
                    store.record(firstId + i, TARGET, round, a.dustingFee(), a.dustingJudgments(), 0);
                }
            }
        };
    }
}

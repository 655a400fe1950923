package io.aigcnet.mechanism.qoe.scheme;

import io.aigcnet.mechanism.qoe.follower.FollowerPolicy;
import io.aigcnet.mechanism.qoe.follower.JointAllocation;
import io.aigcnet.mechanism.qoe.follower.Participation;
import io.aigcnet.mechanism.qoe.follower.SplitAllocation;
import io.aigcnet.mechanism.qoe.leader.DualPerturbation;
import io.aigcnet.mechanism.qoe.leader.DualPerturbationConfig;
import io.aigcnet.mechanism.qoe.leader.Market;
import io.aigcnet.mechanism.qoe.leader.Outcome;
import io.aigcnet.mechanism.qoe.model.QoeInstance;

/** Solves one instance under one scheme: the reward rule, then the scheme's followers. */
public final class SchemeSolver {

    private final DualPerturbationConfig gameConfig;
    private final BaselineSettings settings;

    public SchemeSolver(DualPerturbationConfig gameConfig, BaselineSettings settings) {
        this.gameConfig = gameConfig;
        this.settings = settings;
    }

    /**
     * The scheme's follower: the joint allocation of eq. (8), or one resource split equally (OnlyF,
     * OnlyB), always with the participation constraint (a provider declines a user it would serve
     * at a loss), so every scheme's providers solve the same problem.
     */
    public static FollowerPolicy follower(Scheme scheme) {
        switch (scheme) {
            case ONLYF:
                return new Participation(new SplitAllocation(SplitAllocation.Optimised.COMPUTE));
            case ONLYB:
                return new Participation(new SplitAllocation(SplitAllocation.Optimised.BANDWIDTH));
            default:
                return new Participation(new JointAllocation());
        }
    }

    /**
     * Solves {@code inst} under {@code scheme}; the game schemes start Algorithm 1 at {@code start}
     * ([n][m]), the fixed-reward schemes ignore it. Throws InfeasibleInstanceException naming the
     * offending provider or pair if the scheme's followers cannot meet every deadline.
     */
    public Outcome solve(Scheme scheme, QoeInstance inst, double[][] start) {
        Market market = new Market(inst, follower(scheme));
        switch (scheme) {
            case RATIO1:
                return market.evaluate(FixedRewards.ratio(inst, settings.ratio1Total()));
            case RATIO2:
                return market.evaluate(FixedRewards.ratio(inst, settings.ratio2Total()));
            case TOKEN:
                return market.evaluate(FixedRewards.token(inst, settings.tokenPriceIn(), settings.tokenPriceOut()));
            default:
                return new DualPerturbation(gameConfig).solve(market, start);
        }
    }
}

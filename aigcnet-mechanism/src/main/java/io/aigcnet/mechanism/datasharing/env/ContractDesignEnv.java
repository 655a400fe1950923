package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Eqs. (11)-(13) as an environment. The observation is the flat state vector
 * [M, K, A_max, D_max, Q_1..Q_K, phi_1..phi_K]; the action is the normalised menu of
 * {@link ActionCodec}; the reward is eq. (13). The next state is drawn afresh and independently of
 * the action (the paper's "update s into s'"), and an episode is truncated after Z rounds.
 */
public final class ContractDesignEnv implements Env {

    private final StateDistribution states;
    private final ActionCodec codec;
    private final ContractReward reward;
    private final int roundsPerEpisode;
    private final Space.Box observationSpace;

    private UniformRandomProvider rng;
    private NetworkState current;
    private int round;
    private ContractReward.Outcome lastOutcome;
    private long totalSteps;
    private long feasibleSteps;
    private double rewardSum;

    public ContractDesignEnv(StateDistribution states, ActionCodec codec, ContractReward reward, int roundsPerEpisode) {
        if (codec.types() != states.types())
            throw new IllegalArgumentException("action codec has K=" + codec.types() + " but the state distribution has K=" + states.types());
        if (roundsPerEpisode < 1) throw new IllegalArgumentException("rounds per episode Z must be >= 1, got " + roundsPerEpisode);
        this.states = states;
        this.codec = codec;
        this.reward = reward;
        this.roundsPerEpisode = roundsPerEpisode;
        double[][] b = states.vectorBounds();
        this.observationSpace = new Space.Box(b[0], b[1]);
    }

    @Override public Space observationSpace() { return observationSpace; }

    @Override public Space actionSpace() { return codec.space(); }

    @Override
    public double[] reset(UniformRandomProvider rng) {
        this.rng = rng;
        this.round = 0;
        this.current = states.sample(rng);
        this.lastOutcome = null;
        return current.toVector();
    }

    @Override
    public Step step(double[] action) {
        if (current == null) throw new IllegalStateException("call reset before step");
        if (round >= roundsPerEpisode) throw new IllegalStateException("episode over after Z=" + roundsPerEpisode + " rounds; call reset");
        Contract menu = codec.decode(action, current);
        lastOutcome = reward.evaluate(current, menu);
        totalSteps++;
        if (lastOutcome.feasible()) feasibleSteps++;
        rewardSum += lastOutcome.reward();
        round++;
        current = states.sample(rng);
        return new Step(current.toVector(), lastOutcome.reward(), false, round >= roundsPerEpisode);
    }

    /** The state the next action is for. */
    public NetworkState currentState() {
        return current;
    }

    /** Verdict of the last step (reward, U_B, which constraints failed); null before the first step. */
    public ContractReward.Outcome lastOutcome() {
        return lastOutcome;
    }

    /** Steps taken since construction (over all episodes). */
    public long totalSteps() { return totalSteps; }

    /** Steps whose menu met IR and IC, since construction. */
    public long feasibleSteps() { return feasibleSteps; }

    /** Sum of eq. (13) rewards since construction. */
    public double rewardSum() { return rewardSum; }

    public ActionCodec codec() { return codec; }

    public ContractReward rewardRule() { return reward; }

    public int roundsPerEpisode() { return roundsPerEpisode; }
}

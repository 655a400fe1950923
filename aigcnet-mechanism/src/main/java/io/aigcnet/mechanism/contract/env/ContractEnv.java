package io.aigcnet.mechanism.contract.env;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import io.aigcnet.mechanism.contract.ContractGame;
import io.aigcnet.mechanism.contract.Outcome;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One contract design per episode (GDMOPT's one-step episodes): reset draws e, the learner proposes a ∈ [−1, 1]²,
 * the codec turns it into a contract, the agent best-responds, and the reward is the principal's utility when IR
 * and IC hold, the game's penalty otherwise (ProSecutor Sec. VI-B: −500).
 */
public final class ContractEnv implements Env {
    private final ContractGame game;
    private final StateBox box;
    private final StateSource source;
    private final ContractCodec codec;
    private final Space.Box observationSpace;
    private double[] state;
    private Outcome last;

    public ContractEnv(ContractGame game, StateBox box, StateSource source) {
        this.game = game;
        this.box = box;
        this.source = source;
        this.codec = ContractCodec.of(game.contractBox());
        this.observationSpace = Space.Box.of(box.dimension(), -1, 1);
        if (box.dimension() != game.stateNames().size())
            throw new IllegalArgumentException("state box has " + box.dimension() + " components, the " + game.name() + " state "
                    + game.stateNames().size());
    }

    @Override public Space observationSpace() { return observationSpace; }

    @Override public Space actionSpace() { return codec.space(); }

    @Override public double[] reset(UniformRandomProvider rng) {
        state = source.next(rng);
        game.validateState(state);
        last = null;
        return box.normalise(state);
    }

    @Override public Step step(double[] action) {
        if (state == null) throw new IllegalStateException("call reset before step");
        last = game.evaluate(state, codec.decode(action));
        double[] obs = box.normalise(state);
        state = null;
        return new Step(obs, game.reward(last), true, false);
    }

    /** The outcome of the last step (null before one). */
    public Outcome lastOutcome() { return last; }

    public ContractGame game() { return game; }

    public StateBox box() { return box; }

    public ContractCodec codec() { return codec; }
}

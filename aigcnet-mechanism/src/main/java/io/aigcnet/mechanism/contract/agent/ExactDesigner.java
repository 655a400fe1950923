package io.aigcnet.mechanism.contract.agent;

import io.aigcnet.mechanism.contract.ContractGame;

/** The ground truth: the game's exact optimal contract. */
public record ExactDesigner(ContractGame game) implements ContractDesigner {
    @Override public double[] design(double[] state) {
        return game.solve(state).contract();
    }
}

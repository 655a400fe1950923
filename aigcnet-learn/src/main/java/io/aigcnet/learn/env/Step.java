package io.aigcnet.learn.env;

/** One environment transition, Gymnasium-style (terminated = MDP end, truncated = time limit). */
public record Step(double[] observation, double reward, boolean terminated, boolean truncated) {
    public boolean done() { return terminated || truncated; }
}

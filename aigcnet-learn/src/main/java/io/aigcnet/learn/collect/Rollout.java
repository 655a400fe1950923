package io.aigcnet.learn.collect;

/**
 * Raw on-policy data from N environments over T steps, indexed [t][env]. Rewards already include
 * γ·V(s_final) at time-limit truncations; {@code done} marks every episode end.
 */
public record Rollout(float[][][] observations, float[][][] actions, float[][] logProb, float[][] values,
                      float[][] rewards, boolean[][] done, float[] lastValues) {
    public int steps() { return rewards.length; }
    public int envs() { return lastValues.length; }
}

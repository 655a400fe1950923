package io.aigcnet.learn.policy;

import io.aigcnet.learn.buffer.Transitions;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * What the off-policy trainer needs from an agent (SAC, discrete SAC, diffusion actor-critic): an
 * exploratory action in the agent's own action encoding, its mapping to the environment, and one
 * gradient update from a replay batch. Stored actions are box actions scaled to [−1, 1] or {@code {index}}.
 */
public interface OffPolicyAgent extends Policy, AutoCloseable {
    /** Exploratory action in stored encoding. */
    float[] explore(double[] observation, UniformRandomProvider rng);

    /** Uniform random action in stored encoding (warm-up before learning starts). */
    float[] randomAction(UniformRandomProvider rng);

    /** Environment action for a stored action. */
    double[] toEnv(float[] stored);

    /** Length of the stored action encoding. */
    int storedActionDim();

    /** One gradient update; returns named diagnostics (losses, α). */
    Map<String, Double> update(Transitions batch, UniformRandomProvider rng);

    @Override void close();
}

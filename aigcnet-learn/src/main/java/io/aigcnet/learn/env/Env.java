package io.aigcnet.learn.env;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A reinforcement-learning environment. Plain Java arrays in and out, so that no module
 * outside aigcnet-learn needs DJL to define an environment. Randomness comes in through
 * {@link #reset}; an environment never creates its own RNG.
 */
public interface Env {
    Space observationSpace();

    Space actionSpace();

    /** Starts an episode; the RNG is kept by the environment for the episode's stochasticity. */
    double[] reset(UniformRandomProvider rng);

    /** Applies an action: {@code {index}} for a discrete space, a vector for a box. */
    Step step(double[] action);
}

package io.aigcnet.learn.policy;

import org.apache.commons.rng.UniformRandomProvider;

/** A stochastic policy with a state-value head, as on-policy collectors need it. */
public interface ActorCriticPolicy extends Policy {
    /** Samples actions for a batch of observations, one device round-trip for the whole batch. */
    Exploration explore(double[][] observations, UniformRandomProvider rng);

    /** V(s) for a batch of observations. */
    float[] value(double[][] observations);

    /** The network input for one raw observation (normalised as the policy sees it now). */
    float[] input(double[] observation);

    /** Feeds raw observations to the observation normaliser, if any (no-op otherwise). */
    void observe(double[][] rawObservations);
}

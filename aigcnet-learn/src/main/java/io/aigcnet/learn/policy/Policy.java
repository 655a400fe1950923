package io.aigcnet.learn.policy;

/**
 * The acting role (tianshou's Policy): maps an observation to an environment action, deterministically
 * (greedy / mean action). Exploration during training is the collector's business, not this method's.
 * Actions are encoded as the {@link io.aigcnet.learn.env.Env} expects: {@code {index}} or a box vector.
 */
public interface Policy {
    double[] act(double[] observation);
}

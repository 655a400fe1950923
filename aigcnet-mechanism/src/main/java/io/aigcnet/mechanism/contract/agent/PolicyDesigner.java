package io.aigcnet.mechanism.contract.agent;

import io.aigcnet.learn.policy.Policy;
import io.aigcnet.mechanism.contract.env.ContractCodec;
import io.aigcnet.mechanism.contract.env.StateBox;

/**
 * A trained policy as a designer: normalise e by the training box, act greedily (no exploration), decode the
 * action with the shared codec. Owns the policy's native resources.
 */
public final class PolicyDesigner implements ContractDesigner {
    private final Policy policy;
    private final AutoCloseable resources;
    private final StateBox box;
    private final ContractCodec codec;

    public PolicyDesigner(Policy policy, AutoCloseable resources, StateBox box, ContractCodec codec) {
        this.policy = policy;
        this.resources = resources;
        this.box = box;
        this.codec = codec;
    }

    @Override public double[] design(double[] state) {
        return codec.decode(policy.act(box.normalise(state)));
    }

    public Policy policy() { return policy; }

    @Override public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not release the policy: " + e.getMessage(), e);
        }
    }
}

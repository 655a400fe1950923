package io.aigcnet.mechanism.datasharing.agent;

import io.aigcnet.learn.algo.ppo.PpoPolicy;
import io.aigcnet.mechanism.datasharing.env.ActionCodec;
import io.aigcnet.mechanism.datasharing.env.ContractDesigner;
import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A trained PPO policy used as a contract designer: the Gaussian mean for the state vector,
 * clipped to the action box and decoded into a menu. Owns the policy's native memory.
 */
public final class PpoContractDesigner implements ContractDesigner, AutoCloseable {

    private final PpoPolicy policy;
    private final ActionCodec codec;

    public PpoContractDesigner(PpoPolicy policy, ActionCodec codec) {
        this.policy = policy;
        this.codec = codec;
    }

    @Override
    public Contract design(NetworkState state, UniformRandomProvider rng) {
        return codec.decode(policy.act(state.toVector()), state);
    }

    public PpoPolicy policy() {
        return policy;
    }

    @Override
    public void close() {
        policy.close();
    }
}

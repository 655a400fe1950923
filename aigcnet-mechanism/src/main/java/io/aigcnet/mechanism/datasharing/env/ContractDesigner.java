package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Anything that proposes a menu for a state: the exact solver, the Random baseline, or a trained
 * policy. Deterministic designers ignore the RNG.
 */
@FunctionalInterface
public interface ContractDesigner {
    Contract design(NetworkState state, UniformRandomProvider rng);
}

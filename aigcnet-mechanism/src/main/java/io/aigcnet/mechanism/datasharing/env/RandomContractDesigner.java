package io.aigcnet.mechanism.datasharing.env;

import io.aigcnet.mechanism.datasharing.model.Contract;
import io.aigcnet.mechanism.datasharing.model.NetworkState;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The paper's Random algorithm, "the BS randomly designs contracts regardless of the types": in
 * the default per-type reading every item (f_k, r_k) is drawn independently and uniformly from the
 * action box; the pooled reading draws one item and offers it to every type (always IC, and IR
 * whenever r &ge; f/phi_1). See docs/decisions.md for why per-type is the default.
 */
public final class RandomContractDesigner implements ContractDesigner {

    private final ActionCodec codec;
    private final boolean pooled;

    public RandomContractDesigner(ActionCodec codec, boolean pooled) {
        this.codec = codec;
        this.pooled = pooled;
    }

    public static RandomContractDesigner perType(ActionCodec codec) {
        return new RandomContractDesigner(codec, false);
    }

    public static RandomContractDesigner pooled(ActionCodec codec) {
        return new RandomContractDesigner(codec, true);
    }

    public boolean isPooled() {
        return pooled;
    }

    @Override
    public Contract design(NetworkState state, UniformRandomProvider rng) {
        int n = codec.types();
        double[] a = new double[2 * n];
        if (pooled) {
            double af = uniformUnit(rng), ar = uniformUnit(rng);
            for (int k = 0; k < n; k++) {
                a[k] = af;
                a[n + k] = ar;
            }
        } else {
            for (int i = 0; i < a.length; i++) a[i] = uniformUnit(rng);
        }
        return codec.decodeBox(a); // the paper's random menus: raw (f, r) per type, whatever the PPO design
    }

    private static double uniformUnit(UniformRandomProvider rng) {
        return 2 * rng.nextDouble() - 1;
    }
}

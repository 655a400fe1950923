package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Mlp;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** GDMOPT's state branch: Linear(S, h) → Mish → Linear(h, h). */
public final class MlpStateEncoder implements StateEncoder {
    private final Mlp mlp;
    private final int out;

    public MlpStateEncoder(NDManager owner, int obsDim, int hidden, UniformRandomProvider rng) {
        this.mlp = Mlp.builder().setInput(obsDim).setOutput(hidden).optHidden(hidden).optActivation(Act.MISH).build(owner, rng);
        this.out = hidden;
    }

    @Override public NDArray encode(NDArray observations) { return mlp.forward(observations); }
    @Override public int outputDim() { return out; }
    @Override public List<NDArray> parameters() { return mlp.parameters(); }
}

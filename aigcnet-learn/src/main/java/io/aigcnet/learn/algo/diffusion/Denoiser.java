package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Mlp;
import io.aigcnet.learn.nn.Module;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The noise-prediction network ε_θ(x_t, t, s) of GDMOPT: time branch emb(16) → Linear 32 → Mish →
 * Linear 16; middle [x_t, time, state features] → h → Mish → h → Mish → A.
 */
public final class Denoiser implements Module {
    private final StateEncoder encoder;
    private final Mlp time;
    private final Mlp mid;
    private final int embedDim;

    public Denoiser(NDManager owner, StateEncoder encoder, int actDim, int hidden, int embedDim, UniformRandomProvider rng) {
        this.encoder = encoder;
        this.embedDim = embedDim;
        this.time = Mlp.builder().setInput(embedDim).setOutput(embedDim).optHidden(2 * embedDim).optActivation(Act.MISH).build(owner, rng);
        this.mid = Mlp.builder().setInput(actDim + embedDim + encoder.outputDim()).setOutput(actDim)
                .optHidden(hidden, hidden).optActivation(Act.MISH).build(owner, rng);
    }

    public StateEncoder encoder() { return encoder; }
    public int embedDim() { return embedDim; }

    /** ε̂ for x_t [B, A], raw step embedding [B, embedDim] and encoded state [B, E]. */
    public NDArray predictNoise(NDArray xt, NDArray stepEmbedding, NDArray stateFeatures) {
        NDArray te = time.forward(stepEmbedding);
        return mid.forward(NDArrays.concat(new NDList(xt, te, stateFeatures), 1));
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>(encoder.parameters());
        ps.addAll(time.parameters());
        ps.addAll(mid.parameters());
        return ps;
    }
}

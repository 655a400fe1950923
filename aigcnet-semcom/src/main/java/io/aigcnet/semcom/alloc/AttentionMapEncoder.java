package io.aigcnet.semcom.alloc;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.algo.diffusion.StateEncoder;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Mlp;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * ADD's attention-aware state encoder: every user's 16×16 semantic map goes through one shared MLP
 * (256 → perUser, Mish), so all users are read the same way, and the concatenated user features are
 * mixed by a second MLP (N·perUser → hidden). Extra per-user features, when present, join the mix.
 */
public final class AttentionMapEncoder implements StateEncoder {
    private static final int CELLS = StateMap.SIDE * StateMap.SIDE;
    private final Mlp perUser;
    private final Mlp mix;
    private final int users;
    private final int extra;
    private final int out;

    public AttentionMapEncoder(NDManager owner, int users, int extraFeatures, int perUserDim, int hidden, UniformRandomProvider rng) {
        this.users = users;
        this.extra = extraFeatures;
        this.perUser = Mlp.builder().setInput(CELLS).setOutput(perUserDim).optHidden(64).optActivation(Act.MISH)
                .optOutputActivation(Act.MISH).build(owner, rng);
        this.mix = Mlp.builder().setInput(users * perUserDim + extraFeatures).setOutput(hidden).optHidden(hidden)
                .optActivation(Act.MISH).build(owner, rng);
        this.out = hidden;
    }

    @Override
    public NDArray encode(NDArray observations) {
        long b = observations.getShape().get(0);
        NDArray maps = observations.get(":, 0:" + users * CELLS).reshape(new Shape(b * users, CELLS));
        NDArray feats = perUser.forward(maps).reshape(new Shape(b, -1));
        if (extra > 0) feats = feats.concat(observations.get(":, " + users * CELLS + ":"), 1);
        return mix.forward(feats);
    }

    @Override public int outputDim() { return out; }

    @Override public List<NDArray> parameters() {
        List<NDArray> p = new ArrayList<>(perUser.parameters());
        p.addAll(mix.parameters());
        return p;
    }
}

package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** y = x·W + b with W of shape [in, out]; parameters live in the owner's manager. */
public final class Linear implements Module {
    private final NDArray weight;
    private final NDArray bias;
    private final int in;
    private final int out;

    public Linear(NDManager owner, int in, int out, Init init, UniformRandomProvider rng) {
        if (in < 1 || out < 1) throw new IllegalArgumentException("Linear needs in, out >= 1, got " + in + ", " + out);
        this.in = in;
        this.out = out;
        this.weight = owner.create(init.weights(in, out, rng), new Shape(in, out));
        this.bias = owner.create(init.bias(in, out, rng), new Shape(out));
        weight.setRequiresGradient(true);
        bias.setRequiresGradient(true);
    }

    /** Input first so the result lands in the input's (scoped) manager, not the owner's. */
    public NDArray forward(NDArray x) {
        return x.matMul(weight).add(bias);
    }

    public int in() { return in; }
    public int out() { return out; }

    @Override public List<NDArray> parameters() { return List.of(weight, bias); }
}

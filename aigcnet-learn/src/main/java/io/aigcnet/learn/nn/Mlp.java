package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/** A multilayer perceptron: Linear layers with one hidden activation and an optional output activation. */
public final class Mlp implements Module {
    private final List<Linear> layers;
    private final Act hidden;
    private final Act output;

    private Mlp(List<Linear> layers, Act hidden, Act output) {
        this.layers = List.copyOf(layers);
        this.hidden = hidden;
        this.output = output;
    }

    public NDArray forward(NDArray x) {
        NDArray h = x;
        for (int i = 0; i < layers.size(); i++) {
            h = layers.get(i).forward(h);
            h = i < layers.size() - 1 ? hidden.apply(h) : output.apply(h);
        }
        return h;
    }

    public int inputDim() { return layers.get(0).in(); }
    public int outputDim() { return layers.get(layers.size() - 1).out(); }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>();
        for (Linear l : layers) ps.addAll(l.parameters());
        return ps;
    }

    public static Builder builder() { return new Builder(); }

    /** DJL-style builder: {@code setInput}/{@code setOutput} required, {@code opt*} optional. */
    public static final class Builder {
        private int input = -1;
        private int output = -1;
        private int[] hiddenSizes = {64, 64};
        private Act hiddenAct = Act.RELU;
        private Act outputAct = Act.IDENTITY;
        private Init init = Init.torchDefault();
        private Init lastInit;

        public Builder setInput(int n) { this.input = n; return this; }
        public Builder setOutput(int n) { this.output = n; return this; }
        public Builder optHidden(int... sizes) { this.hiddenSizes = sizes.clone(); return this; }
        public Builder optActivation(Act a) { this.hiddenAct = a; return this; }
        public Builder optOutputActivation(Act a) { this.outputAct = a; return this; }
        public Builder optInit(Init i) { this.init = i; return this; }
        /** A different initialiser for the last layer (e.g. orthogonal gain 0.01 for a policy head). */
        public Builder optLastInit(Init i) { this.lastInit = i; return this; }

        public Mlp build(NDManager owner, UniformRandomProvider rng) {
            if (input < 1 || output < 1)
                throw new IllegalArgumentException("Mlp needs setInput and setOutput >= 1, got " + input + ", " + output);
            for (int h : hiddenSizes)
                if (h < 1) throw new IllegalArgumentException("Mlp hidden sizes must be >= 1, got " + Arrays.toString(hiddenSizes));
            List<Linear> ls = new ArrayList<>();
            int prev = input;
            for (int h : hiddenSizes) {
                ls.add(new Linear(owner, prev, h, init, rng));
                prev = h;
            }
            ls.add(new Linear(owner, prev, output, lastInit != null ? lastInit : init, rng));
            return new Mlp(ls, hiddenAct, outputAct);
        }
    }
}

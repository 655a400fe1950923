package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.GradTape;
import io.aigcnet.learn.nn.Adam;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * SAC's entropy temperature α = exp(log α) with its own Adam (Haarnoja et al. 2018b, §5): log α is
 * the trained parameter so α stays positive. The continuous and discrete agents differ only in the
 * loss they hand to {@link #step}.
 */
final class Temperature {
    private final NDArray logAlpha;
    private final Adam opt;
    private final double targetEntropy;

    Temperature(NDManager owner, double initAlpha, double lr, double targetEntropy) {
        this.logAlpha = owner.create(new float[]{(float) Math.log(initAlpha)}, new Shape(1));
        logAlpha.setRequiresGradient(true);
        this.opt = Adam.adam(List.of(logAlpha), lr, 0);
        this.targetEntropy = targetEntropy;
    }

    double alpha() { return Math.exp(logAlpha.getFloat()); }

    double targetEntropy() { return targetEntropy; }

    /** One Adam step on the loss built from a scoped copy of log α that still carries the gradient. */
    void step(NDManager scope, UnaryOperator<NDArray> lossOfLogAlpha) {
        opt.zeroGrad();
        try (GradTape gc = GradTape.open()) {
            NDArray la = scope.zeros(new Shape(1)).add(logAlpha);
            gc.backward(lossOfLogAlpha.apply(la));
        }
        opt.step();
    }

    /** The trained tensor, for checkpoints. */
    NDArray parameter() { return logAlpha; }
}

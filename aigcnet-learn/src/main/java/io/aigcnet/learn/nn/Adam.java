package io.aigcnet.learn.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam (Kingma &amp; Ba 2015, Algorithm 1) with optional decoupled weight decay (AdamW, Loshchilov &amp;
 * Hutter 2019): θ ← θ·(1 − lr·wd) − lr·m̂/(√v̂ + ε), m̂ = m/(1−β1^t), v̂ = v/(1−β2^t).
 * Gradient clipping by global norm runs before the moment update when {@code maxGradNorm > 0}.
 */
public final class Adam {
    private final List<NDArray> params;
    private final List<NDArray> m = new ArrayList<>();
    private final List<NDArray> v = new ArrayList<>();
    private final double beta1;
    private final double beta2;
    private final double eps;
    private final double weightDecay;
    private final double maxGradNorm;
    private double lr;
    private long t;

    private Adam(List<NDArray> params, double lr, double beta1, double beta2, double eps, double weightDecay, double maxGradNorm) {
        if (!(lr > 0)) throw new IllegalArgumentException("Adam lr must be > 0, got " + lr);
        if (!(beta1 >= 0 && beta1 < 1 && beta2 >= 0 && beta2 < 1))
            throw new IllegalArgumentException("Adam betas must be in [0, 1), got " + beta1 + ", " + beta2);
        if (weightDecay < 0) throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
        this.params = List.copyOf(params);
        this.lr = lr;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weightDecay = weightDecay;
        this.maxGradNorm = maxGradNorm;
        for (NDArray p : this.params) {
            m.add(p.getManager().zeros(p.getShape()));
            v.add(p.getManager().zeros(p.getShape()));
        }
    }

    /** Plain Adam, β = (0.9, 0.999), ε = 1e-8. */
    public static Adam adam(List<NDArray> params, double lr, double maxGradNorm) {
        return new Adam(params, lr, 0.9, 0.999, 1e-8, 0, maxGradNorm);
    }

    /** AdamW with decoupled weight decay. */
    public static Adam adamW(List<NDArray> params, double lr, double weightDecay, double maxGradNorm) {
        return new Adam(params, lr, 0.9, 0.999, 1e-8, weightDecay, maxGradNorm);
    }

    /** PPO's customary ε = 1e-5. */
    public static Adam adam(List<NDArray> params, double lr, double eps, double maxGradNorm) {
        return new Adam(params, lr, 0.9, 0.999, eps, 0, maxGradNorm);
    }

    public void zeroGrad() {
        Parameters.zeroGrad(params);
    }

    /** Applies one update from the accumulated gradients; returns the pre-clip gradient norm (NaN if not computed). */
    public double step() {
        double norm = maxGradNorm > 0 ? Parameters.clipGradNorm(params, maxGradNorm) : Double.NaN;
        t++;
        double c1 = 1 - Math.pow(beta1, t);
        double c2 = 1 - Math.pow(beta2, t);
        for (int i = 0; i < params.size(); i++) {
            NDArray p = params.get(i);
            try (NDManager scope = p.getManager().newSubManager()) {
                NDArray g = Nd.own(scope, p.getGradient());
                m.get(i).muli((float) beta1).addi(g.mul((float) (1 - beta1)));
                v.get(i).muli((float) beta2).addi(g.square().muli((float) (1 - beta2)));
                NDArray denom = Nd.own(scope, v.get(i).div((float) c2)).sqrt().addi((float) eps);
                NDArray update = Nd.own(scope, m.get(i).div((float) c1)).divi(denom).muli((float) lr);
                if (weightDecay > 0) p.muli((float) (1 - lr * weightDecay));
                p.subi(update);
            }
        }
        return norm;
    }

    public double learningRate() { return lr; }

    /** For schedules such as PPO's linear annealing. */
    public void setLearningRate(double lr) {
        if (!(lr >= 0)) throw new IllegalArgumentException("lr must be >= 0, got " + lr);
        this.lr = lr;
    }

    public long steps() { return t; }

    /** Optimiser moments, for checkpoints. */
    public Module state() {
        List<NDArray> all = new ArrayList<>(m);
        all.addAll(v);
        return () -> all;
    }
}

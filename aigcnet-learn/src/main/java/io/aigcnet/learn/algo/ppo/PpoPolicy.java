package io.aigcnet.learn.algo.ppo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.dist.Categorical;
import io.aigcnet.learn.dist.DiagGaussian;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Init;
import io.aigcnet.learn.nn.Mlp;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.norm.RunningMeanStd;
import io.aigcnet.learn.policy.ActorCriticPolicy;
import io.aigcnet.learn.policy.Exploration;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * PPO's actor-critic: separate actor and critic MLPs (orthogonal init, policy head gain 0.01), a
 * categorical head for discrete actions or a state-independent log σ for box actions, and an optional
 * observation normaliser. Owns its native memory; close it when done.
 */
public final class PpoPolicy implements ActorCriticPolicy, Module, AutoCloseable {
    private final NDManager owner;
    private final Space actionSpace;
    private final int obsDim;
    private final int actDim;
    private final boolean discrete;
    private final Mlp actor;
    private final Mlp critic;
    private final NDArray logStd;
    private final RunningMeanStd obsNorm;

    public PpoPolicy(Space observationSpace, Space actionSpace, PpoConfig cfg, UniformRandomProvider rng) {
        if (!(observationSpace instanceof Space.Box))
            throw new IllegalArgumentException("PPO needs a box observation space, got " + observationSpace);
        this.owner = Torch.engine().newBaseManager();
        this.actionSpace = actionSpace;
        this.obsDim = observationSpace.dimension();
        this.actDim = actionSpace.dimension();
        this.discrete = actionSpace instanceof Space.Discrete;
        this.actor = Mlp.builder().setInput(obsDim).setOutput(actDim).optHidden(cfg.hidden())
                .optActivation(cfg.activation()).optInit(Init.orthogonal(Math.sqrt(2))).optLastInit(Init.orthogonal(0.01))
                .build(owner, rng);
        this.critic = Mlp.builder().setInput(obsDim).setOutput(1).optHidden(cfg.hidden())
                .optActivation(cfg.activation()).optInit(Init.orthogonal(Math.sqrt(2))).optLastInit(Init.orthogonal(1.0))
                .build(owner, rng);
        if (discrete) {
            logStd = null;
        } else {
            float[] init = new float[actDim];
            java.util.Arrays.fill(init, (float) cfg.initLogStd());
            logStd = owner.create(init, new Shape(actDim));
            logStd.setRequiresGradient(true);
        }
        this.obsNorm = cfg.normalizeObservations() ? new RunningMeanStd(obsDim, 10.0) : null;
    }

    public boolean discrete() { return discrete; }
    public int observationDim() { return obsDim; }
    public int actionDim() { return actDim; }
    public NDManager manager() { return owner; }

    /** Network output for a batch of (already normalised) observations: logits or mean [B, A]. */
    NDArray actorOut(NDArray obs) { return actor.forward(obs); }

    /** V(s) as [B]. */
    NDArray criticOut(NDArray obs) { return critic.forward(obs).reshape(-1); }

    /** log π(a|s) and entropy for stored actions (one-hot or raw box sample), shapes [B]. */
    NDArray[] logProbAndEntropy(NDArray obs, NDArray actions) {
        NDArray out = actorOut(obs);
        if (discrete) return new NDArray[]{Categorical.logProb(out, actions), Categorical.entropy(out)};
        NDArray ls = out.zerosLike().add(logStd); // first operand in scope, so the broadcast stays scoped
        return new NDArray[]{DiagGaussian.logProb(out, ls, actions), DiagGaussian.entropy(ls)};
    }

    /** Rows normalised (when enabled) and flattened to float. */
    float[] prepare(double[][] observations) {
        float[] flat = new float[observations.length * obsDim];
        for (int b = 0; b < observations.length; b++) {
            double[] o = obsNorm != null ? obsNorm.normalize(observations[b]) : observations[b];
            if (o.length != obsDim)
                throw new IllegalArgumentException("observation has " + o.length + " entries, policy expects " + obsDim);
            for (int j = 0; j < obsDim; j++) flat[b * obsDim + j] = (float) o[j];
        }
        return flat;
    }

    @Override public float[] input(double[] observation) {
        return prepare(new double[][]{observation});
    }

    @Override public void observe(double[][] rawObservations) {
        if (obsNorm != null) obsNorm.update(rawObservations);
    }

    @Override public Exploration explore(double[][] observations, UniformRandomProvider rng) {
        int n = observations.length;
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(prepare(observations), new Shape(n, obsDim));
            float[] out = actorOut(obs).toFloatArray();
            float[] values = criticOut(obs).toFloatArray();
            double[][] env = new double[n][];
            float[][] stored = new float[n][actDim];
            float[] logp = new float[n];
            if (discrete) {
                float[] probs = softmaxRows(out, actDim);
                double[] u = new double[n];
                for (int b = 0; b < n; b++) u[b] = rng.nextDouble();
                int[] a = Categorical.sample(probs, actDim, u);
                for (int b = 0; b < n; b++) {
                    env[b] = new double[]{a[b]};
                    stored[b][a[b]] = 1f;
                    logp[b] = (float) Math.log(Math.max(probs[b * actDim + a[b]], 1e-30f));
                }
            } else {
                float[] ls = logStd.toFloatArray();
                ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
                Space.Box box = (Space.Box) actionSpace;
                double[] lo = box.low(), hi = box.high();
                for (int b = 0; b < n; b++) {
                    env[b] = new double[actDim];
                    double lp = 0;
                    for (int j = 0; j < actDim; j++) {
                        double z = g.sample();
                        double a = out[b * actDim + j] + Math.exp(ls[j]) * z;
                        stored[b][j] = (float) a;
                        env[b][j] = Math.max(lo[j], Math.min(hi[j], a));
                        lp += -0.5 * z * z - ls[j] - 0.5 * Math.log(2 * Math.PI);
                    }
                    logp[b] = (float) lp;
                }
            }
            return new Exploration(env, stored, logp, values);
        }
    }

    @Override public float[] value(double[][] observations) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(prepare(observations), new Shape(observations.length, obsDim));
            return criticOut(obs).toFloatArray();
        }
    }

    /** Greedy action: argmax of the logits, or the Gaussian mean clipped to the box. */
    @Override public double[] act(double[] observation) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(prepare(new double[][]{observation}), new Shape(1, obsDim));
            float[] out = actorOut(obs).toFloatArray();
            if (discrete) return new double[]{Categorical.argmax(out, actDim)[0]};
            Space.Box box = (Space.Box) actionSpace;
            double[] lo = box.low(), hi = box.high(), a = new double[actDim];
            for (int j = 0; j < actDim; j++) a[j] = Math.max(lo[j], Math.min(hi[j], out[j]));
            return a;
        }
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>(actor.parameters());
        ps.addAll(critic.parameters());
        if (logStd != null) ps.add(logStd);
        return ps;
    }

    public void writeExtra(DataOutputStream out) throws IOException {
        out.writeBoolean(obsNorm != null);
        if (obsNorm != null) obsNorm.write(out);
    }

    public void readExtra(DataInputStream in, String source) throws IOException {
        boolean has = in.readBoolean();
        if (has != (obsNorm != null))
            throw new IOException(source + ": checkpoint " + (has ? "has" : "lacks") + " an observation normaliser, this policy " + (has ? "lacks" : "has") + " one");
        if (obsNorm != null) obsNorm.read(in, source);
    }

    /** Writes weights and normaliser state to a checkpoint file. */
    public void save(java.nio.file.Path file) throws IOException {
        io.aigcnet.learn.nn.Checkpoints.save(file, this, this::writeExtra);
    }

    /** Restores weights and normaliser state; the policy must have the same spaces and sizes. */
    public void load(java.nio.file.Path file) throws IOException {
        io.aigcnet.learn.nn.Checkpoints.load(file, this, this::readExtra);
    }

    static float[] softmaxRows(float[] logits, int n) {
        float[] p = new float[logits.length];
        for (int b = 0; b < logits.length / n; b++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) max = Math.max(max, logits[b * n + j]);
            double s = 0;
            for (int j = 0; j < n; j++) s += Math.exp(logits[b * n + j] - max);
            for (int j = 0; j < n; j++) p[b * n + j] = (float) (Math.exp(logits[b * n + j] - max) / s);
        }
        return p;
    }

    @Override public void close() { owner.close(); }
}

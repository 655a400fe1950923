package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.GradTape;
import io.aigcnet.learn.algo.critic.TwinCritic;
import io.aigcnet.learn.buffer.Transitions;
import io.aigcnet.learn.dist.DiagGaussian;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Adam;
import io.aigcnet.learn.nn.Mlp;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Parameters;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.policy.BoxScaling;
import io.aigcnet.learn.policy.OffPolicyAgent;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Soft actor-critic for box actions: tanh-squashed Gaussian actor, twin critics with Polyak-averaged
 * targets, automatic entropy tuning. Policy (acting) and algorithm (update) share the networks, so
 * they live in one object; collection and the loop are the trainer's.
 */
public final class Sac implements OffPolicyAgent, Module {
    private static final float LOG_STD_MIN = -20f;
    private static final float LOG_STD_MAX = 2f;

    private final SacConfig cfg;
    private final NDManager owner;
    private final int obsDim;
    private final int actDim;
    private final BoxScaling scaling;
    private final Mlp actor;
    private final TwinCritic critic;
    private final TwinCritic target;
    private final Adam actorOpt;
    private final Adam criticOpt;
    private final Temperature temperature;

    public Sac(Space observationSpace, Space actionSpace, SacConfig cfg, UniformRandomProvider rng) {
        if (!(actionSpace instanceof Space.Box box))
            throw new IllegalArgumentException("Sac needs a box action space (use DiscreteSac for discrete), got " + actionSpace);
        this.cfg = cfg;
        this.owner = Torch.engine().newBaseManager();
        this.obsDim = observationSpace.dimension();
        this.actDim = actionSpace.dimension();
        this.scaling = new BoxScaling(box);
        this.actor = Mlp.builder().setInput(obsDim).setOutput(2 * actDim).optHidden(cfg.hidden()).optActivation(Act.RELU).build(owner, rng);
        this.critic = new TwinCritic(owner, obsDim, actDim, true, cfg.hidden(), Act.RELU, rng);
        this.target = new TwinCritic(owner, obsDim, actDim, true, cfg.hidden(), Act.RELU, rng);
        Parameters.copy(critic, target);
        this.actorOpt = Adam.adam(actor.parameters(), cfg.actorLr(), 0);
        this.criticOpt = Adam.adam(critic.parameters(), cfg.criticLr(), 0);
        this.temperature = new Temperature(owner, cfg.initAlpha(), cfg.alphaLr(),
                Double.isNaN(cfg.targetEntropy()) ? -actDim : cfg.targetEntropy());
    }

    public double alpha() { return temperature.alpha(); }

    /** Reparameterised tanh-Gaussian sample: {a = tanh(μ + σ·ε), log π(a|s)} for noise ε [B, A]. */
    NDArray[] sample(NDArray obs, NDArray noise) {
        NDArray out = actor.forward(obs);
        NDArray mean = out.get(new NDIndex(":, :" + actDim));
        NDArray logStd = out.get(new NDIndex(":, " + actDim + ":")).clip(LOG_STD_MIN, LOG_STD_MAX);
        NDArray u = mean.add(logStd.exp().mul(noise));
        NDArray logp = DiagGaussian.logProb(mean, logStd, u).sub(DiagGaussian.tanhLogDetJacobian(u));
        return new NDArray[]{u.tanh(), logp};
    }

    private NDArray gaussian(NDManager scope, int rows, UniformRandomProvider rng) {
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        float[] z = new float[rows * actDim];
        for (int i = 0; i < z.length; i++) z[i] = (float) g.sample();
        return scope.create(z, new Shape(rows, actDim));
    }

    @Override public float[] explore(double[] observation, UniformRandomProvider rng) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(toFloat(observation), new Shape(1, obsDim));
            return sample(obs, gaussian(scope, 1, rng))[0].toFloatArray();
        }
    }

    @Override public double[] act(double[] observation) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(toFloat(observation), new Shape(1, obsDim));
            NDArray mean = actor.forward(obs).get(new NDIndex(":, :" + actDim));
            return scaling.toEnv(mean.tanh().toFloatArray());
        }
    }

    @Override public float[] randomAction(UniformRandomProvider rng) { return scaling.uniformUnit(rng); }

    @Override public double[] toEnv(float[] stored) { return scaling.toEnv(stored); }

    @Override public int storedActionDim() { return actDim; }

    @Override public Map<String, Double> update(Transitions b, UniformRandomProvider rng) {
        int n = b.size();
        double alpha = alpha();
        Map<String, Double> stats = new LinkedHashMap<>();
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(b.observations(), new Shape(n, obsDim));
            NDArray act = scope.create(b.actions(), new Shape(n, actDim));
            NDArray rew = scope.create(b.rewards(), new Shape(n));
            NDArray next = scope.create(b.nextObservations(), new Shape(n, obsDim));
            NDArray term = scope.create(b.terminated(), new Shape(n));
            NDArray[] nextSample = sample(next, gaussian(scope, n, rng)); // grad mode is off here: no graph
            NDArray y = SacLoss.criticTarget(rew, term, target.min(next, nextSample[0]), nextSample[1], alpha, cfg.gamma());

            criticOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] q = critic.both(obs, act);
                NDArray loss = SacLoss.criticLoss(q[0], q[1], y);
                gc.backward(loss);
                stats.put("critic_loss", (double) loss.getFloat());
            }
            criticOpt.step();

            NDArray noise = gaussian(scope, n, rng);
            float[] logProbs;
            actorOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] s = sample(obs, noise);
                NDArray loss = SacLoss.actorLoss(s[1], critic.min(obs, s[0]), alpha);
                gc.backward(loss);
                stats.put("actor_loss", (double) loss.getFloat());
                logProbs = s[1].toFloatArray();
            }
            actorOpt.step();

            if (cfg.autoAlpha()) {
                NDArray lp = scope.create(logProbs, new Shape(n));
                temperature.step(scope, la -> SacLoss.alphaLoss(la, lp, temperature.targetEntropy()));
            }
            Parameters.polyak(critic, target, cfg.tau());
        }
        stats.put("alpha", alpha());
        return stats;
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new java.util.ArrayList<>(actor.parameters());
        ps.addAll(critic.parameters());
        ps.addAll(target.parameters());
        ps.add(temperature.parameter());
        return ps;
    }

    public void save(DataOutputStream out) throws IOException {
        Parameters.write(this, out);
    }

    public void load(DataInputStream in, String source) throws IOException {
        Parameters.read(this, in, source);
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return f;
    }

    @Override public void close() { owner.close(); }
}

package io.aigcnet.learn.algo.sac;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.GradTape;
import io.aigcnet.learn.algo.critic.TwinCritic;
import io.aigcnet.learn.buffer.Transitions;
import io.aigcnet.learn.dist.Categorical;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Adam;
import io.aigcnet.learn.nn.Mlp;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Nd;
import io.aigcnet.learn.nn.Parameters;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.policy.OffPolicyAgent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Soft actor-critic for discrete actions (Christodoulou 2019): a categorical actor, twin critics
 * Q(s, ·) ∈ ℝ^{|A|}, expectations over actions computed exactly instead of by sampling, automatic
 * α with target entropy 0.98·log|A| by default. Stored actions are {@code {index}}.
 */
public final class DiscreteSac implements OffPolicyAgent, Module {
    private final SacConfig cfg;
    private final NDManager owner;
    private final int obsDim;
    private final int n;
    private final Mlp actor;
    private final TwinCritic critic;
    private final TwinCritic target;
    private final Adam actorOpt;
    private final Adam criticOpt;
    private final Temperature temperature;

    public DiscreteSac(Space observationSpace, Space actionSpace, SacConfig cfg, UniformRandomProvider rng) {
        if (!(actionSpace instanceof Space.Discrete d))
            throw new IllegalArgumentException("DiscreteSac needs a discrete action space (use Sac for boxes), got " + actionSpace);
        this.cfg = cfg;
        this.owner = Torch.engine().newBaseManager();
        this.obsDim = observationSpace.dimension();
        this.n = d.n();
        this.actor = Mlp.builder().setInput(obsDim).setOutput(n).optHidden(cfg.hidden()).optActivation(Act.RELU).build(owner, rng);
        this.critic = new TwinCritic(owner, obsDim, n, false, cfg.hidden(), Act.RELU, rng);
        this.target = new TwinCritic(owner, obsDim, n, false, cfg.hidden(), Act.RELU, rng);
        Parameters.copy(critic, target);
        this.actorOpt = Adam.adam(actor.parameters(), cfg.actorLr(), 0);
        this.criticOpt = Adam.adam(critic.parameters(), cfg.criticLr(), 0);
        this.temperature = new Temperature(owner, cfg.initAlpha(), cfg.alphaLr(),
                Double.isNaN(cfg.targetEntropy()) ? 0.98 * Math.log(n) : cfg.targetEntropy());
    }

    public double alpha() { return temperature.alpha(); }

    /**
     * Soft state value with exact expectation over actions, V(s) = Σ_a π(a|s)[Q(s, a) − α log π(a|s)]
     * (Christodoulou 2019, eq. (10)); shape [B].
     */
    public static NDArray softValue(NDArray probs, NDArray logProbs, NDArray q, double alpha) {
        return probs.mul(q.sub(Nd.mul(logProbs, alpha))).sum(new int[]{-1});
    }

    /** Actor objective mean_s Σ_a π(a|s)[α log π(a|s) − min Q(s, a)] (Christodoulou 2019, eq. (12)). */
    public static NDArray actorLoss(NDArray probs, NDArray logProbs, NDArray minQ, double alpha) {
        return probs.mul(Nd.mul(logProbs, alpha).sub(minQ)).sum(new int[]{-1}).mean();
    }

    @Override public float[] explore(double[] observation, UniformRandomProvider rng) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(Sac.toFloat(observation), new Shape(1, obsDim));
            float[] p = actor.forward(obs).softmax(-1).toFloatArray();
            return new float[]{Categorical.sample(p, n, new double[]{rng.nextDouble()})[0]};
        }
    }

    @Override public double[] act(double[] observation) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(Sac.toFloat(observation), new Shape(1, obsDim));
            return new double[]{Categorical.argmax(actor.forward(obs).toFloatArray(), n)[0]};
        }
    }

    @Override public float[] randomAction(UniformRandomProvider rng) { return new float[]{rng.nextInt(n)}; }

    @Override public double[] toEnv(float[] stored) { return new double[]{stored[0]}; }

    @Override public int storedActionDim() { return 1; }

    @Override public Map<String, Double> update(Transitions b, UniformRandomProvider rng) {
        int size = b.size();
        double alpha = alpha();
        float[] oneHot = new float[size * n];
        for (int i = 0; i < size; i++) oneHot[i * n + (int) b.actions()[i]] = 1f;
        Map<String, Double> stats = new LinkedHashMap<>();
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(b.observations(), new Shape(size, obsDim));
            NDArray act = scope.create(oneHot, new Shape(size, n));
            NDArray next = scope.create(b.nextObservations(), new Shape(size, obsDim));
            NDArray rew = scope.create(b.rewards(), new Shape(size));
            NDArray term = scope.create(b.terminated(), new Shape(size));
            NDArray nextLogits = actor.forward(next);
            NDArray[] tq = target.both(next, null);
            NDArray v = softValue(nextLogits.softmax(-1), nextLogits.logSoftmax(-1), tq[0].minimum(tq[1]), alpha);
            NDArray y = TwinCritic.tdTarget(rew, term, v, cfg.gamma());

            criticOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] q = critic.both(obs, null);
                NDArray q1 = q[0].mul(act).sum(new int[]{-1}), q2 = q[1].mul(act).sum(new int[]{-1});
                NDArray loss = SacLoss.criticLoss(q1, q2, y);
                gc.backward(loss);
                stats.put("critic_loss", (double) loss.getFloat());
            }
            criticOpt.step();

            float entropy;
            actorOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray logits = actor.forward(obs);
                NDArray probs = logits.softmax(-1), logp = logits.logSoftmax(-1);
                NDArray[] q = critic.both(obs, null);
                NDArray loss = actorLoss(probs, logp, q[0].minimum(q[1]), alpha);
                gc.backward(loss);
                stats.put("actor_loss", (double) loss.getFloat());
                entropy = probs.mul(logp).sum(new int[]{-1}).mean().neg().getFloat();
            }
            actorOpt.step();

            if (cfg.autoAlpha()) {
                // J(α) = log α · (H(π) − H̄): α grows when the entropy is below target (eq. (11) with the exact expectation)
                float gap = (float) (entropy - temperature.targetEntropy());
                temperature.step(scope, la -> la.mul(gap).sum());
            }
            Parameters.polyak(critic, target, cfg.tau());
            stats.put("entropy", (double) entropy);
        }
        stats.put("alpha", alpha());
        return stats;
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>(actor.parameters());
        ps.addAll(critic.parameters());
        ps.addAll(target.parameters());
        ps.add(temperature.parameter());
        return ps;
    }

    @Override public void close() { owner.close(); }
}

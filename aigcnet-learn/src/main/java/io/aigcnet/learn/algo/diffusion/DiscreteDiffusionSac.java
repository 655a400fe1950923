package io.aigcnet.learn.algo.diffusion;

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
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Nd;
import io.aigcnet.learn.nn.Parameters;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.policy.OffPolicyAgent;
import io.aigcnet.learn.train.Rngs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Diffusion soft actor-critic for discrete actions (D2SAC, Du et al. "Generative AI-aided optimization
 * for AIGC services in edge networks", as in the public AGOD code): the reverse chain of a
 * {@link DiffusionActor} produces x_0 ∈ [−1, 1]^|A|, read as logits; π(·|s) = softmax(x_0). Training
 * samples from π, evaluation takes the argmax. Twin critics Q(s, ·) ∈ ℝ^|A| regress on
 * y = r + γ(1 − d)·Σ_a π'(a|s')·min Q'(s', a) (target actor and critics, no entropy term, as AGOD), and
 * the actor minimises −mean[α·H(π(·|s)) + Σ_a π(a|s)·min Q(s, a)] with a fixed α, back-propagating
 * through the whole chain. One-step targets (AGOD uses 3-step returns; docs/decisions.md).
 */
public final class DiscreteDiffusionSac implements OffPolicyAgent, Module {
    private final DiffusionConfig cfg;
    private final double alpha;
    private final NDManager owner;
    private final int obsDim;
    private final int n;
    private final DiffusionActor actor;
    private final DiffusionActor actorTarget;
    private final TwinCritic critic;
    private final TwinCritic criticTarget;
    private final Adam actorOpt;
    private final Adam criticOpt;
    private final UniformRandomProvider inferenceRng;

    /** @param alpha the fixed entropy weight (AGOD default 0.05) */
    public DiscreteDiffusionSac(Space observationSpace, Space actionSpace, DiffusionConfig cfg, double alpha, UniformRandomProvider rng) {
        if (!(actionSpace instanceof Space.Discrete d))
            throw new IllegalArgumentException("DiscreteDiffusionSac needs a discrete action space, got " + actionSpace);
        if (!(alpha >= 0)) throw new IllegalArgumentException("alpha must be >= 0, got " + alpha);
        this.cfg = cfg;
        this.alpha = alpha;
        this.owner = Torch.engine().newBaseManager();
        this.obsDim = observationSpace.dimension();
        this.n = d.n();
        this.actor = newActor(rng);
        this.actorTarget = newActor(rng);
        Parameters.copy(actor, actorTarget);
        int[] ch = {cfg.criticHidden(), cfg.criticHidden()};
        this.critic = new TwinCritic(owner, obsDim, n, false, ch, Act.MISH, rng);
        this.criticTarget = new TwinCritic(owner, obsDim, n, false, ch, Act.MISH, rng);
        Parameters.copy(critic, criticTarget);
        this.actorOpt = Adam.adamW(actor.parameters(), cfg.actorLr(), cfg.weightDecay(), cfg.maxGradNorm());
        this.criticOpt = Adam.adamW(critic.parameters(), cfg.criticLr(), cfg.weightDecay(), cfg.maxGradNorm());
        this.inferenceRng = Rngs.child(rng);
    }

    private DiffusionActor newActor(UniformRandomProvider rng) {
        StateEncoder enc = new MlpStateEncoder(owner, obsDim, cfg.hidden(), rng);
        return new DiffusionActor(new Denoiser(owner, enc, n, cfg.hidden(), cfg.embedDim(), rng), BetaSchedule.vp(cfg.steps()), n, true, cfg.paperLiteralReverse());
    }

    /** Action probabilities softmax(x_0) for one observation, with chain noise from {@code rng}. */
    public float[] probabilities(double[] observation, UniformRandomProvider rng) {
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(toFloat(observation), new Shape(1, obsDim));
            return actor.sample(obs, actor.noise(1, rng)).softmax(-1).toFloatArray();
        }
    }

    @Override public float[] explore(double[] observation, UniformRandomProvider rng) {
        float[] p = probabilities(observation, rng);
        return new float[]{Categorical.sample(p, n, new double[]{rng.nextDouble()})[0]};
    }

    @Override public double[] act(double[] observation) {
        return new double[]{Categorical.argmax(probabilities(observation, inferenceRng), n)[0]};
    }

    @Override public float[] randomAction(UniformRandomProvider rng) { return new float[]{rng.nextInt(n)}; }

    @Override public double[] toEnv(float[] stored) { return new double[]{stored[0]}; }

    @Override public int storedActionDim() { return 1; }

    @Override public Map<String, Double> update(Transitions b, UniformRandomProvider rng) {
        int size = b.size();
        float[] oneHot = new float[size * n];
        for (int i = 0; i < size; i++) oneHot[i * n + (int) b.actions()[i]] = 1f;
        Map<String, Double> stats = new LinkedHashMap<>();
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(b.observations(), new Shape(size, obsDim));
            NDArray act = scope.create(oneHot, new Shape(size, n));
            NDArray next = scope.create(b.nextObservations(), new Shape(size, obsDim));
            NDArray rew = scope.create(b.rewards(), new Shape(size));
            NDArray term = scope.create(b.terminated(), new Shape(size));
            NDArray nextProbs = actorTarget.sample(next, actorTarget.noise(size, rng)).softmax(-1);
            NDArray v = nextProbs.mul(criticTarget.min(next, null)).sum(new int[]{-1});
            NDArray y = TwinCritic.tdTarget(rew, term, v, cfg.gamma());

            criticOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] q = critic.both(obs, null);
                NDArray q1 = q[0].mul(act).sum(new int[]{-1}), q2 = q[1].mul(act).sum(new int[]{-1});
                NDArray loss = q1.sub(y).square().mean().add(q2.sub(y).square().mean());
                gc.backward(loss);
                stats.put("critic_loss", (double) loss.getFloat());
            }
            criticOpt.step();

            NDArray minQ = critic.min(obs, null).stopGradient();
            float[][] noise = actor.noise(size, rng);
            actorOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray logits = actor.sample(obs, noise);
                NDArray loss = actorLoss(logits.softmax(-1), logits.logSoftmax(-1), minQ, alpha);
                gc.backward(loss);
                stats.put("actor_loss", (double) loss.getFloat());
            }
            actorOpt.step();
            Parameters.polyak(critic, criticTarget, cfg.tau());
            Parameters.polyak(actor, actorTarget, cfg.tau());
        }
        return stats;
    }

    /** −mean_s[α·H(π(·|s)) + Σ_a π(a|s)·Q(s, a)] with H = −Σ π log π (AGOD DiffusionSAC._update_policy). */
    public static NDArray actorLoss(NDArray probs, NDArray logProbs, NDArray minQ, double alpha) {
        NDArray entropy = probs.mul(logProbs).sum(new int[]{-1}).neg();
        NDArray value = probs.mul(minQ).sum(new int[]{-1});
        return Nd.mul(entropy, alpha).add(value).mean().neg();
    }

    private static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) f[i] = (float) x[i];
        return f;
    }

    @Override public List<NDArray> parameters() {
        List<NDArray> ps = new ArrayList<>(actor.parameters());
        ps.addAll(actorTarget.parameters());
        ps.addAll(critic.parameters());
        ps.addAll(criticTarget.parameters());
        return ps;
    }

    @Override public void close() { owner.close(); }
}

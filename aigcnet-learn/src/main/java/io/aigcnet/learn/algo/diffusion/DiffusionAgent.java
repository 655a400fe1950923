package io.aigcnet.learn.algo.diffusion;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.GradTape;
import io.aigcnet.learn.algo.critic.TwinCritic;
import io.aigcnet.learn.buffer.Transitions;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.nn.Act;
import io.aigcnet.learn.nn.Adam;
import io.aigcnet.learn.nn.Module;
import io.aigcnet.learn.nn.Nd;
import io.aigcnet.learn.nn.Parameters;
import io.aigcnet.learn.nn.Torch;
import io.aigcnet.learn.policy.BoxScaling;
import io.aigcnet.learn.policy.OffPolicyAgent;
import io.aigcnet.learn.train.Rngs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Diffusion actor-critic as in D2SAC/GDMOPT (and G-SemCom's ADD, Algorithm 2): a {@link DiffusionActor}
 * trained to maximise min(Q1, Q2)(s, a_0) through the whole reverse chain (gsemcom eq. (22)), twin
 * critics regressed on r (bandit) or on a clipped double-Q TD target (eq. (23), TD mode), Polyak targets
 * for critics and actor, Gaussian exploration noise on a_0, and optionally TD3's delayed actor update
 * ({@link DiffusionConfig#policyDelay()}).
 *
 * <p>{@link #act} runs the reverse chain with noise from an inference RNG fixed at construction, so
 * evaluation is reproducible for a given seed; no exploration noise is added there.
 */
public final class DiffusionAgent implements OffPolicyAgent, Module {
    private final DiffusionConfig cfg;
    private final NDManager owner;
    private final int obsDim;
    private final int actDim;
    private final BoxScaling scaling;
    private final DiffusionActor actor;
    private final DiffusionActor actorTarget;
    private final TwinCritic critic;
    private final TwinCritic criticTarget;
    private final Adam actorOpt;
    private final Adam criticOpt;
    private final UniformRandomProvider inferenceRng;
    private long criticUpdates;

    /** With the default MLP state encoder. */
    public DiffusionAgent(Space observationSpace, Space actionSpace, DiffusionConfig cfg, UniformRandomProvider rng) {
        this(observationSpace, actionSpace, cfg, rng,
                (owner, r) -> new MlpStateEncoder(owner, observationSpace.dimension(), cfg.hidden(), r));
    }

    /** With a pluggable state encoder factory (called twice: online and target actor). */
    public DiffusionAgent(Space observationSpace, Space actionSpace, DiffusionConfig cfg, UniformRandomProvider rng,
                          BiFunction<NDManager, UniformRandomProvider, StateEncoder> encoderFactory) {
        if (!(actionSpace instanceof Space.Box box))
            throw new IllegalArgumentException("DiffusionAgent needs a box action space, got " + actionSpace);
        this.cfg = cfg;
        this.owner = Torch.engine().newBaseManager();
        this.obsDim = observationSpace.dimension();
        this.actDim = actionSpace.dimension();
        this.scaling = new BoxScaling(box);
        this.actor = newActor(encoderFactory, rng);
        this.actorTarget = newActor(encoderFactory, rng);
        Parameters.copy(actor, actorTarget);
        int[] ch = {cfg.criticHidden(), cfg.criticHidden()};
        this.critic = new TwinCritic(owner, obsDim, actDim, true, ch, Act.MISH, rng);
        this.criticTarget = new TwinCritic(owner, obsDim, actDim, true, ch, Act.MISH, rng);
        Parameters.copy(critic, criticTarget);
        this.actorOpt = Adam.adamW(actor.parameters(), cfg.actorLr(), cfg.weightDecay(), cfg.maxGradNorm());
        this.criticOpt = Adam.adamW(critic.parameters(), cfg.criticLr(), cfg.weightDecay(), cfg.maxGradNorm());
        this.inferenceRng = Rngs.child(rng);
    }

    private DiffusionActor newActor(BiFunction<NDManager, UniformRandomProvider, StateEncoder> f, UniformRandomProvider rng) {
        StateEncoder enc = f.apply(owner, rng);
        Denoiser d = new Denoiser(owner, enc, actDim, cfg.hidden(), cfg.embedDim(), rng);
        return new DiffusionActor(d, BetaSchedule.vp(cfg.steps()), actDim, true, cfg.paperLiteralReverse());
    }

    public DiffusionActor actor() { return actor; }

    /** a_0 for a batch of observations, no gradient, no exploration noise; [B·A] in [−1, 1]. */
    public float[] generate(double[][] observations, UniformRandomProvider rng) {
        int n = observations.length;
        float[] flat = new float[n * obsDim];
        for (int b = 0; b < n; b++) for (int j = 0; j < obsDim; j++) flat[b * obsDim + j] = (float) observations[b][j];
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(flat, new Shape(n, obsDim));
            return actor.sample(obs, actor.noise(n, rng)).toFloatArray();
        }
    }

    @Override public float[] explore(double[] observation, UniformRandomProvider rng) {
        float[] a = generate(new double[][]{observation}, rng);
        ZigguratSampler.NormalizedGaussian g = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int j = 0; j < a.length; j++) a[j] = (float) Math.max(-1, Math.min(1, a[j] + cfg.explorationNoise() * g.sample()));
        return a;
    }

    @Override public double[] act(double[] observation) {
        return scaling.toEnv(generate(new double[][]{observation}, inferenceRng));
    }

    @Override public float[] randomAction(UniformRandomProvider rng) { return scaling.uniformUnit(rng); }

    @Override public double[] toEnv(float[] stored) { return scaling.toEnv(stored); }

    @Override public int storedActionDim() { return actDim; }

    @Override public Map<String, Double> update(Transitions b, UniformRandomProvider rng) {
        int n = b.size();
        Map<String, Double> stats = new LinkedHashMap<>();
        try (NDManager scope = owner.newSubManager()) {
            NDArray obs = scope.create(b.observations(), new Shape(n, obsDim));
            NDArray act = scope.create(b.actions(), new Shape(n, actDim));
            NDArray rew = scope.create(b.rewards(), new Shape(n));
            NDArray y;
            if (cfg.targetMode() == TargetMode.BANDIT) {
                y = rew;
            } else {
                NDArray next = scope.create(b.nextObservations(), new Shape(n, obsDim));
                NDArray term = scope.create(b.terminated(), new Shape(n));
                NDArray nextAct = actorTarget.sample(next, actorTarget.noise(n, rng));
                // clipped double-Q TD target, gsemcom eq. (23) in target-network form
                y = TwinCritic.tdTarget(rew, term, criticTarget.min(next, nextAct), cfg.gamma());
            }

            criticOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] q = critic.both(obs, act);
                NDArray loss = q[0].sub(y).square().mean().add(q[1].sub(y).square().mean());
                gc.backward(loss);
                stats.put("critic_loss", (double) loss.getFloat());
            }
            double cn = criticOpt.step();
            if (!Double.isNaN(cn)) stats.put("critic_grad_norm", cn);

            Parameters.polyak(critic, criticTarget, cfg.tau());
            if (++criticUpdates % cfg.policyDelay() != 0) return stats;

            float[][] noise = actor.noise(n, rng);
            actorOpt.zeroGrad();
            try (GradTape gc = GradTape.open()) {
                NDArray[] a = actor.sampleWithRaw(obs, noise);
                NDArray q = critic.min(obs, a[0]);
                NDArray loss = actorLoss(q, cfg.normalizeActorLoss());
                if (cfg.boundaryPenalty() > 0) loss = loss.add(Nd.mul(boundaryPenalty(a[1]), cfg.boundaryPenalty()));
                gc.backward(loss);
                stats.put("actor_loss", (double) loss.getFloat());
            }
            double an = actorOpt.step();
            if (!Double.isNaN(an)) stats.put("actor_grad_norm", an);
            Parameters.polyak(actor, actorTarget, cfg.tau());
        }
        return stats;
    }

    /**
     * Actor loss −mean min(Q1, Q2)(s, a_0) (gsemcom eq. (22)); optionally divided by the detached mean |Q|
     * (Diffusion-QL's scale normalisation), which keeps the step size independent of the reward scale.
     */
    public static NDArray actorLoss(NDArray minQ, boolean normalize) {
        NDArray loss = minQ.mean().neg();
        if (!normalize) return loss;
        float scale = Math.max(1e-6f, minQ.abs().mean().getFloat());
        return Nd.div(loss, scale);
    }

    /** mean(max(|x| − 1, 0)²): zero inside the action box, quadratic outside. */
    public static NDArray boundaryPenalty(NDArray raw) {
        return Nd.maximum(raw.abs().sub(1f), 0).square().mean();
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

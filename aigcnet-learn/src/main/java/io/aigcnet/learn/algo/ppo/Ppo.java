package io.aigcnet.learn.algo.ppo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.aigcnet.learn.nn.GradTape;
import io.aigcnet.learn.collect.Rollout;
import io.aigcnet.learn.nn.Adam;
import io.aigcnet.learn.nn.Nd;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The PPO algorithm role (Schulman et al. 2017): turns a rollout into advantages with GAE(λ) and
 * runs {@code epochs} passes of shuffled minibatch Adam steps on −L^CLIP + c_v·L^VF − c_e·H.
 * Acting lives in {@link PpoPolicy}, data gathering in the collector, the loop in {@code io.aigcnet.learn.train.OnPolicyTrainer}
 * (which depends on this package, never the other way round).
 *
 * <p>Quick use: {@code try (PpoPolicy p = OnPolicyTrainer.train(env, 50_000, rng, TrainLog.NONE)) { p.act(obs); }}
 */
public final class Ppo {
    private final PpoPolicy policy;
    private final PpoConfig cfg;
    private final Adam optimizer;

    public Ppo(PpoPolicy policy, PpoConfig cfg) {
        this.policy = policy;
        this.cfg = cfg;
        this.optimizer = Adam.adam(policy.parameters(), cfg.learningRate(), 1e-5, cfg.maxGradNorm());
    }

    public PpoPolicy policy() { return policy; }
    public PpoConfig config() { return cfg; }
    public Adam optimizer() { return optimizer; }

    /** Flattens a rollout [t][env] into a batch with GAE advantages and λ-returns. */
    public static RolloutBatch toBatch(Rollout r, PpoConfig cfg) {
        float[][][] ar = Gae.compute(r.rewards(), r.values(), r.done(), r.lastValues(), cfg.gamma(), cfg.gaeLambda());
        int steps = r.steps(), n = r.envs();
        int obsDim = r.observations()[0][0].length, actDim = r.actions()[0][0].length;
        int size = steps * n;
        float[] o = new float[size * obsDim], a = new float[size * actDim], lp = new float[size], adv = new float[size], ret = new float[size];
        int k = 0;
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < n; i++, k++) {
                System.arraycopy(r.observations()[t][i], 0, o, k * obsDim, obsDim);
                System.arraycopy(r.actions()[t][i], 0, a, k * actDim, actDim);
                lp[k] = r.logProb()[t][i];
                adv[k] = ar[0][t][i];
                ret[k] = ar[1][t][i];
            }
        }
        return new RolloutBatch(size, obsDim, actDim, o, a, lp, adv, ret);
    }

    /** Runs cfg.epochs() passes of shuffled minibatches over the batch. */
    public PpoStats update(RolloutBatch batch, UniformRandomProvider rng) {
        int size = batch.size();
        int[] idx = new int[size];
        for (int i = 0; i < size; i++) idx[i] = i;
        double pl = 0, vl = 0, en = 0, kl = 0, cf = 0;
        int count = 0;
        for (int epoch = 0; epoch < cfg.epochs(); epoch++) {
            shuffle(idx, rng);
            for (int start = 0; start < size; start += cfg.minibatchSize()) {
                RolloutBatch mb = batch.rows(idx, start, Math.min(size, start + cfg.minibatchSize()));
                double[] s = minibatchStep(mb);
                pl += s[0]; vl += s[1]; en += s[2]; kl += s[3]; cf += s[4];
                count++;
            }
        }
        return new PpoStats(pl / count, vl / count, en / count, kl / count, cf / count);
    }

    /** One Adam step on one minibatch; returns {policy loss, value loss, entropy, approx KL, clip fraction}. */
    double[] minibatchStep(RolloutBatch mb) {
        int n = mb.size();
        float[] adv = cfg.normalizeAdvantages() ? normalize(mb.advantages()) : mb.advantages();
        try (NDManager scope = policy.manager().newSubManager()) {
            NDArray obs = scope.create(mb.observations(), new Shape(n, mb.obsDim()));
            NDArray act = scope.create(mb.actions(), new Shape(n, mb.actDim()));
            NDArray oldLp = scope.create(mb.oldLogProb(), new Shape(n));
            NDArray advantages = scope.create(adv, new Shape(n));
            NDArray returns = scope.create(mb.returns(), new Shape(n));
            optimizer.zeroGrad();
            float surrogate, valueLoss, entropy;
            float[] ratios, logRatios;
            try (GradTape gc = GradTape.open()) {
                NDArray[] lpEnt = policy.logProbAndEntropy(obs, act);
                NDArray logRatio = lpEnt[0].sub(oldLp);
                NDArray ratio = logRatio.exp();
                NDArray surr = PpoLoss.clippedSurrogate(ratio, advantages, cfg.clipEps());
                NDArray vLoss = PpoLoss.valueLoss(policy.criticOut(obs), returns);
                NDArray ent = lpEnt[1].mean();
                NDArray loss = surr.neg().add(Nd.mul(vLoss, cfg.valueCoef())).sub(Nd.mul(ent, cfg.entropyCoef()));
                gc.backward(loss);
                surrogate = surr.getFloat();
                valueLoss = vLoss.getFloat();
                entropy = ent.getFloat();
                ratios = ratio.toFloatArray();
                logRatios = logRatio.toFloatArray();
            }
            optimizer.step();
            double kl = 0, clipped = 0;
            for (int i = 0; i < n; i++) {
                kl += (ratios[i] - 1) - logRatios[i];
                if (Math.abs(ratios[i] - 1) > cfg.clipEps()) clipped++;
            }
            return new double[]{-surrogate, valueLoss, entropy, kl / n, clipped / n};
        }
    }

    static float[] normalize(float[] x) {
        int n = x.length;
        if (n < 2) return x.clone();
        double mean = 0;
        for (float v : x) mean += v;
        mean /= n;
        double var = 0;
        for (float v : x) var += (v - mean) * (v - mean);
        double std = Math.sqrt(var / (n - 1));
        float[] y = new float[n];
        for (int i = 0; i < n; i++) y[i] = (float) ((x[i] - mean) / (std + 1e-8));
        return y;
    }

    /** Fisher–Yates with the caller's RNG. */
    static void shuffle(int[] a, UniformRandomProvider rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i]; a[i] = a[j]; a[j] = t;
        }
    }
}

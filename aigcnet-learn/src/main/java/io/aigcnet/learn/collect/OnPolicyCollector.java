package io.aigcnet.learn.collect;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.policy.ActorCriticPolicy;
import io.aigcnet.learn.policy.Exploration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Steps N environments in lock-step with one batched policy call per step and auto-reset, keeping
 * episodes running across rollouts. Reports the return of every finished episode.
 */
public final class OnPolicyCollector {
    private final List<Env> envs;
    private final UniformRandomProvider envRng;
    private final double[][] obs;
    private final double[] episodeReturn;
    private long steps;

    public OnPolicyCollector(List<Env> envs, UniformRandomProvider envRng) {
        if (envs.isEmpty()) throw new IllegalArgumentException("collector needs at least one environment");
        this.envs = new ArrayList<>(envs);
        this.envRng = envRng;
        this.obs = new double[envs.size()][];
        this.episodeReturn = new double[envs.size()];
        for (int i = 0; i < envs.size(); i++) obs[i] = envs.get(i).reset(envRng);
    }

    /** Total environment steps taken (summed over environments). */
    public long steps() { return steps; }

    public Rollout collect(ActorCriticPolicy policy, int horizon, double gamma, UniformRandomProvider actionRng,
                           DoubleConsumer finishedEpisodeReturn) {
        int n = envs.size();
        float[][][] o = new float[horizon][n][];
        float[][][] a = new float[horizon][][];
        float[][] lp = new float[horizon][], v = new float[horizon][], r = new float[horizon][n];
        boolean[][] done = new boolean[horizon][n];
        for (int t = 0; t < horizon; t++) {
            policy.observe(obs);
            Exploration ex = policy.explore(obs, actionRng);
            a[t] = ex.stored();
            lp[t] = ex.logProb();
            v[t] = ex.value();
            for (int i = 0; i < n; i++) o[t][i] = policy.input(obs[i]);
            List<Integer> truncated = new ArrayList<>();
            List<double[]> finalObs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Step s = envs.get(i).step(ex.envActions()[i]);
                r[t][i] = (float) s.reward();
                episodeReturn[i] += s.reward();
                if (s.done()) {
                    done[t][i] = true;
                    if (s.truncated() && !s.terminated()) { truncated.add(i); finalObs.add(s.observation()); }
                    finishedEpisodeReturn.accept(episodeReturn[i]);
                    episodeReturn[i] = 0;
                    obs[i] = envs.get(i).reset(envRng);
                } else {
                    obs[i] = s.observation();
                }
            }
            steps += n;
            if (!truncated.isEmpty()) {
                // time-limit bootstrap: the episode did not end in the MDP, so credit γ·V(s_final)
                float[] fv = policy.value(finalObs.toArray(new double[0][]));
                for (int k = 0; k < fv.length; k++) r[t][truncated.get(k)] += (float) (gamma * fv[k]);
            }
        }
        float[] last = policy.value(obs);
        return new Rollout(o, a, lp, v, r, done, last);
    }
}

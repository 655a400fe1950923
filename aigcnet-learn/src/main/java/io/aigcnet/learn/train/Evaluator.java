package io.aigcnet.learn.train;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Step;
import io.aigcnet.learn.policy.Policy;
import org.apache.commons.rng.UniformRandomProvider;

/** Runs a policy's greedy actions for whole episodes and averages the undiscounted returns. */
public final class Evaluator {
    private Evaluator() {}

    public static double meanReturn(Policy policy, Env env, int episodes, UniformRandomProvider rng) {
        if (episodes < 1) throw new IllegalArgumentException("evaluation needs >= 1 episode, got " + episodes);
        double total = 0;
        for (int e = 0; e < episodes; e++) {
            double[] obs = env.reset(rng);
            while (true) {
                Step s = env.step(policy.act(obs));
                total += s.reward();
                if (s.done()) break;
                obs = s.observation();
            }
        }
        return total / episodes;
    }
}

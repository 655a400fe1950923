package io.aigcnet.edge.asp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Draws ASPs and episodes as AGOD does. An episode has N ~ Poisson(λ·T) arrivals at
 * ⌊U(0, T)⌋ seconds, sorted, after a first arrival at 0 s; the N tasks arriving first are assigned
 * and the last arrival only ends the episode (AGOD's TaskGenerator and AIGCEnv.step). Each task
 * needs a uniform draw from the steps grid.
 */
public final class AspEpisodes {
    private AspEpisodes() {}

    public static List<AspProfile> drawAsps(AspSetup s, UniformRandomProvider rng) {
        List<AspProfile> out = new ArrayList<>(s.numAsps());
        for (int i = 0; i < s.numAsps(); i++) {
            double ax = 10 * rng.nextInt(10);
            double ay = 0.05 * rng.nextInt(10);
            double bx = 150 + 10 * rng.nextInt(10);
            double by = 0.5 + 0.05 * rng.nextInt(10);
            int totalT = gridDraw(s.capacityMin(), s.capacityMax(), s.capacityStep(), rng);
            out.add(new AspProfile(totalT, ax, ay, bx, by));
        }
        return out;
    }

    /**
     * The N + 1 arrivals of one episode (the last one is not assigned). N is at least 1 so that an
     * episode always has a task (AGOD would fail on N = 0, which at λ·T = 1000 has probability e^−1000).
     */
    public static List<AspTask> drawEpisode(AspSetup s, UniformRandomProvider rng) {
        int n = Math.max(1, PoissonSampler.of(rng, s.arrivalRatePerS() * s.horizonS()).sample());
        double[] at = new double[n + 1];
        for (int i = 1; i <= n; i++) at[i] = Math.floor(rng.nextDouble() * s.horizonS());
        Arrays.sort(at, 1, n + 1);
        List<AspTask> tasks = new ArrayList<>(n + 1);
        for (double a : at) tasks.add(new AspTask(a, gridDraw(s.stepsMin(), s.stepsMax(), s.stepsStep(), rng)));
        return tasks;
    }

    static int gridDraw(int min, int max, int step, UniformRandomProvider rng) {
        int count = (max - min) / step + 1;
        return min + step * rng.nextInt(count);
    }
}

package io.aigcnet.edge.asp;

import io.aigcnet.learn.env.Env;
import io.aigcnet.learn.env.Space;
import io.aigcnet.learn.env.Step;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The case study as a learning environment (AGOD AIGCEnv): fixed ASPs, a fresh episode of tasks at
 * each reset, action = ASP index, reward = utility or crash penalty, episode over after the N-th
 * assignment. The next observation is taken after releasing the tasks finished by the next arrival.
 */
public final class AspSelectionEnv implements Env {
    private final AspSetup setup;
    private final AspCluster cluster;
    private final List<List<AspTask>> fixedEpisodes;
    private int nextFixed;
    private List<AspTask> tasks;
    private int index;

    /** Draws a fresh episode at each reset. */
    public AspSelectionEnv(AspSetup setup, List<AspProfile> asps) {
        this(setup, asps, List.of());
    }

    /**
     * Replays the given episodes (N + 1 arrivals each, as {@link AspEpisodes#drawEpisode}) in turn,
     * ignoring the reset RNG: evaluating over k·|episodes| resets sees each test episode k times.
     */
    public AspSelectionEnv(AspSetup setup, List<AspProfile> asps, List<List<AspTask>> fixedEpisodes) {
        this.setup = setup;
        this.cluster = new AspCluster(asps);
        for (List<AspTask> e : fixedEpisodes)
            if (e.size() < 2) throw new IllegalArgumentException("an episode needs at least one assigned task and a final arrival");
        this.fixedEpisodes = List.copyOf(fixedEpisodes);
    }

    public AspCluster cluster() { return cluster; }

    @Override public Space observationSpace() { return Space.Box.of(AspObservation.dimension(cluster.size()), 0, 1); }

    @Override public Space actionSpace() { return new Space.Discrete(cluster.size()); }

    @Override public double[] reset(UniformRandomProvider rng) {
        if (fixedEpisodes.isEmpty()) {
            tasks = AspEpisodes.drawEpisode(setup, rng);
        } else {
            tasks = fixedEpisodes.get(nextFixed);
            nextFixed = (nextFixed + 1) % fixedEpisodes.size();
        }
        index = 0;
        cluster.reset();
        cluster.releaseFinished(tasks.get(0).arrivalS());
        return AspObservation.of(cluster, tasks.get(0), setup);
    }

    /** The task waiting for an action. */
    public AspTask currentTask() { return tasks.get(index); }

    @Override public Step step(double[] action) {
        if (tasks == null || index >= tasks.size() - 1) throw new IllegalStateException("reset the environment first");
        AspOutcome out = cluster.assign((int) action[0], tasks.get(index));
        index++;
        AspTask next = tasks.get(index);
        cluster.releaseFinished(next.arrivalS());
        return new Step(AspObservation.of(cluster, next, setup), out.reward(), index == tasks.size() - 1, false);
    }
}

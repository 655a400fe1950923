package io.aigcnet.edge.asp;

import java.util.ArrayList;
import java.util.List;

/**
 * The live state of the ASPs: which tasks each one runs, with AGOD's semantics.
 *
 * <ul>
 *   <li>{@link #releaseFinished(double)}: at each arrival, every running task with
 *       arrival + runtime ≤ now finishes and gives its steps back.</li>
 *   <li>{@link #assign(int, AspTask)}: if the task needs more steps than the ASP has available, the
 *       ASP crashes: all its running tasks are cleared, the incoming task is not served, and the
 *       reward is the crash penalty; otherwise the task is admitted and the reward is the utility.</li>
 * </ul>
 * Counters: crash events, tasks cleared by crashes, tasks served, cumulative reward.
 */
public final class AspCluster implements AspView {
    private final List<AspProfile> profiles;
    private final List<List<AspTask>> running;
    private final int[] used;
    private double cumulativeReward;
    private long crashEvents;
    private long crashedTasks;
    private long served;

    public AspCluster(List<AspProfile> profiles) {
        if (profiles.isEmpty()) throw new IllegalArgumentException("at least one ASP is needed");
        this.profiles = List.copyOf(profiles);
        this.running = new ArrayList<>(profiles.size());
        for (int i = 0; i < profiles.size(); i++) running.add(new ArrayList<>());
        this.used = new int[profiles.size()];
    }

    public List<AspProfile> profiles() { return profiles; }

    /** Empties every ASP and zeroes the counters (the profiles stay, as in AGOD's reset). */
    public void reset() {
        for (List<AspTask> r : running) r.clear();
        java.util.Arrays.fill(used, 0);
        cumulativeReward = 0;
        crashEvents = 0;
        crashedTasks = 0;
        served = 0;
    }

    /** Finishes every running task with arrival + runtime ≤ now (AGOD Task.can_finished). */
    public void releaseFinished(double now) {
        for (int i = 0; i < running.size(); i++) {
            List<AspTask> r = running.get(i);
            for (int k = r.size() - 1; k >= 0; k--) {
                AspTask task = r.get(k);
                if (now >= task.arrivalS() + task.runtimeS()) {
                    used[i] -= task.t();
                    r.remove(k);
                }
            }
        }
    }

    /** Assigns the task that arrives now (its arrival time is the current time). */
    public AspOutcome assign(int asp, AspTask task) {
        if (asp < 0 || asp >= profiles.size())
            throw new IllegalArgumentException("ASP index " + asp + " out of range [0, " + (profiles.size() - 1) + "]");
        AspProfile p = profiles.get(asp);
        AspOutcome out;
        if (task.t() > availableT(asp)) {
            List<AspTask> r = running.get(asp);
            double[] progress = new double[r.size()];
            for (int k = 0; k < r.size(); k++) progress[k] = (task.arrivalS() - r.get(k).arrivalS()) / r.get(k).runtimeS();
            out = new AspOutcome(AspModel.crashPenalty(progress), true, r.size());
            crashEvents++;
            crashedTasks += r.size();
            r.clear();
            used[asp] = 0;
        } else {
            running.get(asp).add(task);
            used[asp] += task.t();
            served++;
            out = new AspOutcome(p.utility(task.t()), false, 0);
        }
        cumulativeReward += out.reward();
        return out;
    }

    @Override public int size() { return profiles.size(); }

    @Override public int totalT(int asp) { return profiles.get(asp).totalT(); }

    @Override public int availableT(int asp) { return profiles.get(asp).totalT() - used[asp]; }

    @Override public double utility(int asp, int t) { return profiles.get(asp).utility(t); }

    public int runningTasks(int asp) { return running.get(asp).size(); }

    public double cumulativeReward() { return cumulativeReward; }

    public long crashEvents() { return crashEvents; }

    public long crashedTasks() { return crashedTasks; }

    public long served() { return served; }
}

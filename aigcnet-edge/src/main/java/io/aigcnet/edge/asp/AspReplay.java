package io.aigcnet.edge.asp;

/** Replays a trace through one policy: release finished tasks at each arrival, select, assign. */
public final class AspReplay {
    /** Totals of a replay; {@code served} counts admitted tasks, {@code crashedTasks} the running tasks crashes cleared. */
    public record Result(double cumulativeReward, long crashEvents, long crashedTasks, long served) {}

    private AspReplay() {}

    public static Result run(AspTrace trace, AspSelectionPolicy policy) {
        AspCluster cluster = new AspCluster(trace.asps());
        policy.reset();
        for (AspTask task : trace.tasks()) {
            cluster.releaseFinished(task.arrivalS());
            cluster.assign(policy.select(cluster, task), task);
        }
        return new Result(cluster.cumulativeReward(), cluster.crashEvents(), cluster.crashedTasks(), cluster.served());
    }
}

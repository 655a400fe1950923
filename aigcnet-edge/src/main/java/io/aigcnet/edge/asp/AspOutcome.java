package io.aigcnet.edge.asp;

/**
 * What one assignment did: the reward, whether the ASP crashed, and how many running tasks the
 * crash cleared. On a crash the incoming task is not served.
 */
public record AspOutcome(double reward, boolean crashed, int crashedTasks) {
    public boolean served() { return !crashed; }
}

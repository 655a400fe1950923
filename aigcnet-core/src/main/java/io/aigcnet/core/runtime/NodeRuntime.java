package io.aigcnet.core.runtime;

/** What one actor gets from its runtime: time, timers and a network endpoint. */
public record NodeRuntime<M>(Clock clock, Scheduler scheduler, Network<M> network) {
}

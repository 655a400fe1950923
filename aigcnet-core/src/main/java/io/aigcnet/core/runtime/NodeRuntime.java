package io.aigcnet.core.runtime;

/** What one actor gets from its runtime: time, timers, a network endpoint and the processor it charges work to. */
public record NodeRuntime<M>(Clock clock, Scheduler scheduler, Network<M> network, Cpu cpu) {
    /** A runtime whose work is free (live runtimes, and simulations without a CPU budget). */
    public NodeRuntime(Clock clock, Scheduler scheduler, Network<M> network) {
        this(clock, scheduler, network, Cpu.NONE);
    }
}

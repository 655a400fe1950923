package io.aigcnet.core.runtime;

/** The current time as the actor should see it: virtual in the simulator, wall time when live. */
@FunctionalInterface
public interface Clock {
    /** Nanoseconds since the runtime's epoch (start of the simulation, or the Unix epoch when live). */
    long nanos();

    default double seconds() {
        return nanos() / 1e9;
    }
}

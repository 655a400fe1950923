package io.aigcnet.core.runtime;

/**
 * A node's processor as its actor sees it: the actor reports each piece of CPU work it does by name
 * (sign, verify, hash, ...). The simulated runtime turns the reports into busy time from a calibrated cost
 * table, so work queues at a busy node; the live runtime ignores them (real work takes real time).
 */
@FunctionalInterface
public interface Cpu {
    /** A processor whose work takes no time (the default; every existing simulation without a budget). */
    Cpu NONE = (operation, count) -> { };

    /** Reports {@code count} executions of {@code operation} (a name in the cost table). */
    void charge(String operation, long count);

    default void charge(String operation) {
        charge(operation, 1);
    }
}

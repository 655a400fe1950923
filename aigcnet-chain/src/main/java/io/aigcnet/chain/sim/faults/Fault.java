package io.aigcnet.chain.sim.faults;

import io.aigcnet.core.runtime.sim.NetworkModel;
import java.util.List;
import java.util.Set;

/** One timed fault of a schedule. Times are virtual nanoseconds from the start of the run. */
public sealed interface Fault {
    long atNanos();

    /** Human-readable form for failure reports. */
    String describe();

    /** Node {@code node} stops (kill -9): timers die, messages to it are lost, its store survives. */
    record Crash(long atNanos, int node) implements Fault {
        public String describe() {
            return String.format("%.3fs crash n%d", atNanos / 1e9, node);
        }
    }

    /** The crashed node comes back from its store (and consensus journal). */
    record Restart(long atNanos, int node) implements Fault {
        public String describe() {
            return String.format("%.3fs restart n%d", atNanos / 1e9, node);
        }
    }

    /** The crashed full node comes back with an empty disk and re-syncs from its peers. */
    record RestartWithLostDisk(long atNanos, int node) implements Fault {
        public String describe() {
            return String.format("%.3fs restart n%d with an empty disk", atNanos / 1e9, node);
        }
    }

    /** The network splits into groups; nodes in different groups cannot talk. */
    record Partition(long atNanos, List<Set<Integer>> groups) implements Fault {
        public Partition {
            groups = groups.stream().map(Set::copyOf).toList();
        }

        public String describe() {
            return String.format("%.3fs partition %s", atNanos / 1e9, groups);
        }
    }

    /** The partition ends. */
    record Heal(long atNanos) implements Fault {
        public String describe() {
            return String.format("%.3fs heal", atNanos / 1e9);
        }
    }

    /** Links change behaviour: delay, jitter, loss, duplication, reordering. */
    record Links(long atNanos, NetworkModel model) implements Fault {
        public String describe() {
            return String.format("%.3fs links latency %.0fms jitter %.0fms loss %.2f dup %.2f reorder %.2f (+%.0fms)",
                    atNanos / 1e9, model.latencyNanos() / 1e6, model.jitterNanos() / 1e6, model.lossProbability(),
                    model.duplicateProbability(), model.reorderProbability(), model.reorderDelayNanos() / 1e6);
        }
    }
}

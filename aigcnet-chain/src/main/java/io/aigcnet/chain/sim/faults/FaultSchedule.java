package io.aigcnet.chain.sim.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A generated fault schedule: who is byzantine, whose clock is skewed, the timed faults, and when the
 * faults are over (after {@code quietFromNanos} the network is healed, every node is up, links are normal).
 *
 * @param seed the schedule's own seed: {@code aigcnet sim faults --replay SEED} runs exactly this schedule
 * @param superNodes super nodes are nodes 0..S-1
 * @param fullNodes full nodes are S..S+F-1
 * @param equivocators super nodes that send conflicting proposals (at most f)
 * @param clockAheadNanos nodes whose clocks run ahead of virtual time
 */
public record FaultSchedule(long seed, int superNodes, int fullNodes, Set<Integer> equivocators,
        Map<Integer, Long> clockAheadNanos, List<Fault> faults, long quietFromNanos, long endNanos) {
    public FaultSchedule {
        equivocators = Set.copyOf(equivocators);
        clockAheadNanos = Map.copyOf(clockAheadNanos);
        faults = List.copyOf(faults);
        int f = (superNodes - 1) / 3;
        if (equivocators.size() > f) {
            throw new IllegalArgumentException(equivocators.size() + " equivocators exceed f = " + f);
        }
        if (quietFromNanos > endNanos) {
            throw new IllegalArgumentException("quiet phase starts after the end");
        }
    }

    public int nodes() {
        return superNodes + fullNodes;
    }

    /** Every fault, one per line, for a failure report. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("schedule " + seed + ": " + superNodes + " super + " + fullNodes + " full nodes");
        if (!equivocators.isEmpty()) {
            lines.add("  equivocating super nodes " + equivocators);
        }
        new TreeMap<>(clockAheadNanos).forEach((n, s) -> lines.add(String.format("  n%d clock %.0f ms ahead", n, s / 1e6)));
        for (Fault x : faults) {
            lines.add("  " + x.describe());
        }
        lines.add(String.format("  quiet from %.3fs, end %.3fs", quietFromNanos / 1e9, endNanos / 1e9));
        return String.join("\n", lines);
    }
}

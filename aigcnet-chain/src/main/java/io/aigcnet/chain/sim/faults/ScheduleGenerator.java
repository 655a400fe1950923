package io.aigcnet.chain.sim.faults;

import io.aigcnet.core.runtime.sim.NetworkModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Draws random fault schedules within the chain's fault model: any number of crashes and restarts (with the
 * consensus journal a restarted node is correct again), partitions, bad links, clock skew, at most f
 * equivocating super nodes, and disk loss of full nodes only. The same seed always gives the same schedule.
 */
public final class ScheduleGenerator {
    /** Faults start within this window. */
    static final long FAULT_WINDOW_NANOS = 12_000_000_000L;
    /** After the last fault ends the chain must finalise again within this time. */
    static final long QUIET_NANOS = 15_000_000_000L;
    static final long MAX_CLOCK_AHEAD_NANOS = 300_000_000L;

    private ScheduleGenerator() {
    }

    public static FaultSchedule generate(long seed, int superNodes, int fullNodes) {
        if (superNodes < 4) {
            throw new IllegalArgumentException("super nodes must be >= 4 (3f+1 with f >= 1), got " + superNodes);
        }
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed ^ 0x5DEECE66DL);
        int n = superNodes + fullNodes;
        int f = (superNodes - 1) / 3;
        Set<Integer> equivocators = new HashSet<>();
        if (rng.nextDouble() < 0.3) {
            int k = 1 + rng.nextInt(f);
            while (equivocators.size() < k) {
                equivocators.add(rng.nextInt(superNodes));
            }
        }
        Map<Integer, Long> skew = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < 0.3) {
                skew.put(i, (long) (rng.nextDouble() * MAX_CLOCK_AHEAD_NANOS));
            }
        }
        List<Fault> faults = new ArrayList<>();
        long lastEnd = 0;
        int events = 2 + rng.nextInt(8);
        for (int e = 0; e < events; e++) {
            long at = 1_000_000_000L + (long) (rng.nextDouble() * FAULT_WINDOW_NANOS);
            long dur = 200_000_000L + (long) (rng.nextDouble() * 4_000_000_000L);
            int kind = rng.nextInt(fullNodes > 0 ? 4 : 3);
            switch (kind) {
                case 0 -> {
                    int node = rng.nextInt(n);
                    faults.add(new Fault.Crash(at, node));
                    faults.add(new Fault.Restart(at + dur, node));
                }
                case 1 -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        order.add(i);
                    }
                    for (int i = n - 1; i > 0; i--) {
                        java.util.Collections.swap(order, i, rng.nextInt(i + 1));
                    }
                    int cut = 1 + rng.nextInt(n - 1);
                    faults.add(new Fault.Partition(at, List.of(Set.copyOf(order.subList(0, cut)),
                            Set.copyOf(order.subList(cut, n)))));
                    faults.add(new Fault.Heal(at + dur));
                }
                case 2 -> {
                    NetworkModel bad = new NetworkModel((long) (1e6 + rng.nextDouble() * 99e6), (long) (rng.nextDouble() * 20e6),
                            12_500_000L, rng.nextDouble() * 0.2, rng.nextDouble() * 0.1, rng.nextDouble() * 0.2,
                            (long) (10e6 + rng.nextDouble() * 290e6));
                    faults.add(new Fault.Links(at, bad));
                    faults.add(new Fault.Links(at + dur, NetworkModel.lan()));
                }
                default -> {
                    int node = superNodes + rng.nextInt(fullNodes);
                    faults.add(new Fault.Crash(at, node));
                    faults.add(new Fault.RestartWithLostDisk(at + dur, node));
                }
            }
            lastEnd = Math.max(lastEnd, at + dur);
        }
        faults.sort(Comparator.comparingLong(Fault::atNanos));
        long quiet = lastEnd + 1;
        return new FaultSchedule(seed, superNodes, fullNodes, equivocators, skew, faults, quiet, quiet + QUIET_NANOS);
    }
}

package io.aigcnet.core.runtime.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SimWorldTest {

    /** A gossip of counters over a faulty network, with a crash and a partition on schedule. */
    private static String runGossip(long seed) {
        Simulation sim = new Simulation(true);
        NetworkModel model = new NetworkModel(3_000_000, 2_000_000, 1_000_000, 0.1, 0.05, 0.1, 20_000_000);
        SimWorld<Long> world = new SimWorld<>(sim, 5, model, RandomSource.XO_RO_SHI_RO_128_PP.create(seed), m -> 100);
        for (int i = 0; i < 5; i++) {
            NodeRuntime<Long> rt = world.runtime(NodeId.of(i));
            long[] max = {0};
            rt.network().onReceive((from, msg) -> {
                if (msg > max[0]) {
                    max[0] = msg;
                    sim.trace(rt.network().self() + " learned " + msg + " from " + from);
                }
            });
            final int id = i;
            Runnable[] tick = new Runnable[1];
            tick[0] = () -> {
                max[0]++;
                rt.network().broadcast(max[0] * 10 + id);
                rt.scheduler().schedule(50_000_000L, tick[0]);
            };
            rt.scheduler().schedule(id * 1_000_000L, tick[0]);
        }
        world.at(1_000_000_000L, () -> world.crash(NodeId.of(2)));
        world.at(1_500_000_000L, () -> world.partition(List.of(Set.of(NodeId.of(0), NodeId.of(1)))));
        world.at(2_500_000_000L, world::heal);
        sim.runUntil(4_000_000_000L);
        return sim.traceHash() + "/" + sim.eventsExecuted();
    }

    @Test
    void sameSeedGivesIdenticalTraceAndDifferentSeedDoesNot() {
        String a = runGossip(11);
        String b = runGossip(11);
        String c = runGossip(12);
        assertThat(a).isEqualTo(b);
        assertThat(c).isNotEqualTo(a);
    }

    @Test
    void eventsAreOrderedByTimeThenPriorityThenSerial() {
        Simulation sim = new Simulation(false);
        List<String> order = new ArrayList<>();
        sim.at(10, Simulation.PRIORITY_DELIVERY, 0, () -> order.add("d10"));
        sim.at(10, Simulation.PRIORITY_TIMER, 0, () -> order.add("t10a"));
        sim.at(5, Simulation.PRIORITY_DELIVERY, 0, () -> order.add("d5"));
        sim.at(10, Simulation.PRIORITY_TIMER, 0, () -> order.add("t10b"));
        sim.runAll();
        assertThat(order).containsExactly("d5", "t10a", "t10b", "d10");
    }

    @Test
    void latencyAndBandwidthDelayDelivery() {
        Simulation sim = new Simulation(false);
        // 1 ms latency, 1000 B/s: a 500-byte message takes 0.5 s on the wire + 1 ms
        SimWorld<String> world = new SimWorld<>(sim, 2, new NetworkModel(1_000_000, 0, 1000, 0, 0, 0, 0),
                RandomSource.SPLIT_MIX_64.create(1L), m -> 500);
        long[] at = new long[2];
        int[] k = {0};
        world.runtime(NodeId.of(1)).network().onReceive((f, m) -> at[k[0]++] = sim.nanos());
        world.runtime(NodeId.of(0)).network().send(NodeId.of(1), "a");
        world.runtime(NodeId.of(0)).network().send(NodeId.of(1), "b");
        sim.runAll();
        assertThat(at[0]).isEqualTo(501_000_000L);
        assertThat(at[1]).isEqualTo(1_001_000_000L); // queued behind the first on the same link
    }

    @Test
    void crashedNodesLoseTimersAndMessagesAndPartitionsDropTraffic() {
        Simulation sim = new Simulation(false);
        SimWorld<String> world = new SimWorld<>(sim, 3, NetworkModel.ideal(), RandomSource.SPLIT_MIX_64.create(1L), m -> 1);
        List<String> got = new ArrayList<>();
        world.runtime(NodeId.of(1)).network().onReceive((f, m) -> got.add(m));
        world.runtime(NodeId.of(1)).scheduler().schedule(100, () -> got.add("timer"));
        world.crash(NodeId.of(1));
        world.runtime(NodeId.of(0)).network().send(NodeId.of(1), "lost");
        sim.runAll();
        assertThat(got).isEmpty();
        world.restart(NodeId.of(1));
        world.partition(List.of(Set.of(NodeId.of(0)), Set.of(NodeId.of(1), NodeId.of(2))));
        world.runtime(NodeId.of(0)).network().send(NodeId.of(1), "cut");
        world.runtime(NodeId.of(2)).network().send(NodeId.of(1), "same side");
        sim.runAll();
        assertThat(got).containsExactly("same side");
        world.heal();
        world.runtime(NodeId.of(0)).network().send(NodeId.of(1), "healed");
        sim.runAll();
        assertThat(got).containsExactly("same side", "healed");
    }
}

package io.aigcnet.core.runtime.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class SimCpuTest {
    static final long MS = 1_000_000L;
    static final CostTable COSTS = new CostTable(Map.of("work", 10 * MS, "free", 0L), "test", "test");

    /** Node 1 answers every message after charging one "work"; node 0 records when the answers arrive. */
    static List<Long> answers(int cores, int requests, String bulkPrefix) {
        Simulation sim = new Simulation(false);
        SimWorld<String> w = new SimWorld<>(sim, 2, NetworkModel.ideal(), RandomSource.SPLIT_MIX_64.create(1), m -> 1);
        w.attachCpu(NodeId.of(1), new SimCpu(sim, cores, COSTS, 2));
        if (bulkPrefix != null) {
            w.setBulk(m -> m.startsWith(bulkPrefix));
        }
        NodeRuntime<String> server = w.runtime(NodeId.of(1));
        NodeRuntime<String> client = w.runtime(NodeId.of(0));
        server.network().onReceive((from, m) -> {
            server.cpu().charge("work");
            server.network().send(from, "re:" + m);
        });
        List<Long> at = new ArrayList<>();
        client.network().onReceive((from, m) -> at.add(sim.nanos()));
        for (int i = 0; i < requests; i++) {
            client.network().send(NodeId.of(1), "q" + i);
        }
        sim.runAll();
        return at;
    }

    @Test
    void workQueuesOnOneCoreAndRunsInParallelOnTwo() {
        // one core: answers leave at 10, 20, 30 ms (each waits for the previous one's work)
        assertThat(answers(1, 3, null)).containsExactly(10 * MS, 20 * MS, 30 * MS);
        // two cores: two at 10 ms, the third queued behind them
        assertThat(answers(2, 3, null)).containsExactly(10 * MS, 10 * MS, 20 * MS);
    }

    @Test
    void aFullBulkQueueDropsIntake() {
        // the first request starts at once; two more fit the bulk queue of 2; the fourth is dropped
        assertThat(answers(1, 4, "q")).containsExactly(10 * MS, 20 * MS, 30 * MS);
    }

    @Test
    void timersScheduledAfterChargedWorkStartFromItsEnd() {
        Simulation sim = new Simulation(false);
        SimWorld<String> w = new SimWorld<>(sim, 1, NetworkModel.ideal(), RandomSource.SPLIT_MIX_64.create(1), m -> 1);
        SimCpu cpu = new SimCpu(sim, 1, COSTS);
        w.attachCpu(NodeId.of(0), cpu);
        NodeRuntime<String> rt = w.runtime(NodeId.of(0));
        long[] fired = {-1};
        rt.scheduler().schedule(0, () -> {
            rt.cpu().charge("work", 3);
            rt.scheduler().schedule(5 * MS, () -> fired[0] = sim.nanos());
        });
        sim.runAll();
        assertThat(fired[0]).isEqualTo(35 * MS);
        assertThat(cpu.busyNanos()).isEqualTo(30 * MS);
    }

    @Test
    void anOperationMissingFromTheTableIsAnErrorNotFree() {
        Simulation sim = new Simulation(false);
        SimCpu cpu = new SimCpu(sim, 1, COSTS);
        assertThatThrownBy(() -> cpu.charge("sign", 1)).hasMessageContaining("sign");
    }

    @Test
    void tableRoundTripsThroughJson() {
        CostTable t = CostTable.parse(new ByteArrayInputStream(COSTS.toJson().getBytes(StandardCharsets.UTF_8)), "x");
        assertThat(t).isEqualTo(COSTS);
        assertThatThrownBy(() -> CostTable.parse(new ByteArrayInputStream("{\"costs_ns\":{\"a\":-1}}".getBytes(
                StandardCharsets.UTF_8)), "bad.json")).hasMessageContaining("costs_ns.a");
    }
}

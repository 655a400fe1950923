package io.aigcnet.layer2.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.rollup.RollupMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Layer2LoadRunTest {
    static final CostTable COSTS = LoadConfig.quick(List.of(100)).costs();

    static Layer2LoadRun.Settings settings(double tps, double opinions, double transfers, int lanes, int cores, CostTable costs) {
        return new Layer2LoadRun.Settings(tps, 10, opinions, transfers, RollupMode.FULL, 4, lanes, 4, 8, 200, 32, 4, 1000, 5,
                2000, 500, 5, cores, 1, NetworkModel.lan(), costs);
    }

    @Test
    void belowCapacityEverythingOfferedFinalisesOnTheRealChain() {
        Layer2LoadRun.Outcome o = Layer2LoadRun.run(settings(400, 0.5, 0.5, 1, 2, COSTS), 1);
        System.out.println(o);
        // steady state: what finalises per second equals what is offered, within the roll-up granularity
        assertThat(o.throughputTps()).isBetween(0.9 * 400, 1.1 * 400);
        assertThat(o.rollupTxs()).isPositive();
        assertThat(o.canonicalMiBPerHour()).isPositive(); // finalised blocks in the window: headers and roll-ups
        assertThat(o.channelP50S()).isLessThan(0.2);
        assertThat(o.opinionP50S()).isGreaterThan(5.0); // a roll-up waits for its block and that block's certificate
    }

    @Test
    void aSlowerCpuSaturatesEarlier() {
        // every cost x100: each RCO verifies each opinion once, ~100 opinions per second per core
        Map<String, Long> slow = new java.util.HashMap<>();
        COSTS.nanos().forEach((k, v) -> slow.put(k, v * 100));
        CostTable slowTable = new CostTable(slow, "test", "test");
        Layer2LoadRun.Outcome o = Layer2LoadRun.run(settings(400, 1.0, 0.0, 1, 2, slowTable), 2);
        System.out.println(o);
        // each RCO verifies each opinion and executes it once (proposing or validating)
        double perOpinion = (slow.get("verify") + slow.get("hash") + slow.get("opinion_apply") + slow.get("rollup_build_opinion")) / 1e9;
        double cap = 2 / perOpinion;
        assertThat(o.opinionTps()).isLessThan(1.05 * cap).isLessThan(400);
        assertThat(o.opinionTps()).isGreaterThan(0.5 * cap); // saturated, not collapsed: the protocol still runs
        assertThat(o.rcoCpu()).isGreaterThan(0.6); // busy fraction since t = 0, warm-up without load included
    }
}

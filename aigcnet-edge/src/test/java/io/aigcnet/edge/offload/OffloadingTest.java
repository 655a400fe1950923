package io.aigcnet.edge.offload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OffloadingTest {
    @Test void latencyPartsByHand() {
        // upload 2 Mbit at 10 Mbit/s = 0.2 s; +0.05 s network; 1 s queue; 3 s load; 100 steps at 50/s = 2 s;
        // download 8 Mbit at 40 Mbit/s = 0.2 s → 6.45 s
        assertThat(LatencyModel.offloadS(2, 10, 0.05, 1, 3, 100, 50, 8, 40)).isCloseTo(6.45, within(1e-12));
        assertThat(LatencyModel.localS(0.5, 100, 20)).isCloseTo(5.5, within(1e-12));
        assertThat(LatencyModel.queueS(300, 100)).isCloseTo(3, within(1e-12));
        assertThat(LatencyModel.queueS(-5, 100)).isZero();
        // M/M/1: λ = 2, μ = 4 → W_q = 2 / (4·2) = 0.25 s
        assertThat(LatencyModel.mm1WaitS(2, 4)).isCloseTo(0.25, within(1e-12));
        assertThat(LatencyModel.mm1WaitS(4, 4)).isInfinite();
        assertThat(LatencyModel.transferS(1, 0)).isInfinite();
        assertThat(LatencyModel.transferS(0, 0)).isZero();
        assertThat(LatencyModel.localEnergyJ(5, 2)).isEqualTo(10);
        assertThat(LatencyModel.offloadEnergyJ(0.5, 0.2, 0.1, 0.2)).isCloseTo(0.12, within(1e-12));
    }

    @Test void adaptiveTradesLatencyAgainstEnergy() {
        List<OffloadEstimate> opts = List.of(new OffloadEstimate(Placement.LOCAL, 5, 10, true),
                new OffloadEstimate(Placement.EDGE, 3, 1, true), new OffloadEstimate(Placement.CLOUD, 2.5, 4, true));
        assertThat(new AdaptiveOffloading(0).choose(opts)).isEqualTo(Placement.CLOUD);   // 5, 3, 2.5
        assertThat(new AdaptiveOffloading(1).choose(opts)).isEqualTo(Placement.EDGE);    // 15, 4, 6.5
        List<OffloadEstimate> noCloud = List.of(opts.get(0), OffloadEstimate.infeasible(Placement.EDGE),
                OffloadEstimate.infeasible(Placement.CLOUD));
        assertThat(new AdaptiveOffloading(0).choose(noCloud)).isEqualTo(Placement.LOCAL);
        assertThat(new FixedOffloading(Placement.EDGE).choose(noCloud)).isNull();
        assertThat(new FixedOffloading(Placement.LOCAL).choose(noCloud)).isEqualTo(Placement.LOCAL);
    }
}

package io.aigcnet.layer2.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.layer2.rollup.RollupMode;
import org.junit.jupiter.api.Test;

class Layer2LoadRunTest {
    @Test
    void keepsUpWithOfferedLoadAndAccountsLedgerBytes() {
        for (int w : new int[] {400}) {
            long t0 = System.nanoTime();
            Layer2LoadRun.Outcome o = Layer2LoadRun.run(new Layer2LoadRun.Settings(w, 10, 0.5, 0.5, RollupMode.FULL, 4, 8, 500,
                    1000, 5, 500, 5, NetworkModel.lan()), 1);
            System.out.printf("w=%d %s (%.1f s wall)%n", w, o, (System.nanoTime() - t0) / 1e9);
            assertThat(o.throughputTps()).isGreaterThan(0.8 * w);
            assertThat(o.channelP50S()).isLessThan(0.2);
        }
    }
}

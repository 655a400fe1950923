package io.aigcnet.cli.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.live.LiveBench;
import io.aigcnet.chain.live.LocalNetwork;
import java.nio.file.Path;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench chain} on four real node processes: below capacity every transaction finalises; under overload
 * (blocks of 200 every 0.5 s, so 400 TPS, against 3,000 offered; pools of 4,000 of which clients may fill half)
 * the nodes refuse with POOL_FULL, and every transaction they accepted still finalises (none is stranded by
 * pools that disagree or by nonces packed out of order).
 */
@Tag("live")
class LiveBenchSessionTest {
    @TempDir
    Path dir;

    private static int freeBase(int nodes) {
        return LocalNetwork.freeBasePort(nodes);
    }

    @Test
    void acceptedTransactionsAllFinaliseBelowAndAboveCapacity() throws Exception {
        LiveBench.Settings s = new LiveBench.Settings(4, freeBase(4), 500, 200, 4000, 64);
        try (LiveBench.Session net = LiveBench.open(NodeProcess.command(), dir, s, RandomSource.SPLIT_MIX_64.create(3L))) {
            LiveBench.Result calm = net.step(100, 3, RandomSource.SPLIT_MIX_64.create(4L));
            assertThat(calm.signaturesVerified()).isTrue();
            assertThat(calm.submitted()).isEqualTo(300);
            assertThat(calm.refused()).isZero();
            assertThat(calm.finalised()).isEqualTo(300);
            assertThat(calm.verificationsPerTxPerNode()).isBetween(0.9, 1.5);

            LiveBench.Result flood = net.step(3000, 2, RandomSource.SPLIT_MIX_64.create(5L));
            assertThat(flood.refused()).isPositive();
            assertThat(flood.refusedByReason().keySet()).containsOnly("POOL_FULL");
            assertThat(flood.finalised()).isPositive().isEqualTo(flood.submitted() - flood.refused());
        }
    }
}

package io.aigcnet.layer2.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short live layer-2 benchmark: four node processes (chain + RCOs + channel MASPs and hosts) on loopback, this
 * JVM as the clients. The long run is {@code aigcnet bench layer2-live} (docs/performance.md).
 */
@Tag("live")
class Layer2LiveBenchTest {
    @TempDir
    Path dir;

    @Test
    void opinionsFinaliseInRollupsOnTheLiveChainAndTransfersSettleDoubleSigned() throws Exception {
        int base = io.aigcnet.chain.live.LocalNetwork.freeBasePort(4);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Layer2NodeMain.class.getName());
        List<String> log = new ArrayList<>();
        Layer2LiveBench.Settings s = new Layer2LiveBench.Settings(4, 4, 4, 10, 20, 50, 8, 2, 40, 40, 0.5, 500, 500, 500,
                base, 3, 2, 90);
        Layer2LiveBench.Outcome o = new Layer2LiveBench(s, cmd, dir, log::add).run();
        Map<String, Object> json = o.json();
        assertThat(json).containsKeys("finalised_ops_per_s", "opinions_per_s", "transfers_per_s", "p50_confirm_ms",
                "p95_confirm_ms", "cpu_per_node", "steps");
        assertThat(o.cpuPerNode()).hasSize(4).allSatisfy(c -> assertThat(c).isPositive());

        // opinions: counted only from full roll-ups read back from the observer's finalised blocks
        assertThat(o.opinionsFinalisedTotal()).as("log: " + log).isPositive();
        assertThat(o.opinionsFinalisedTotal()).isLessThanOrEqualTo(o.opinionsOffered());
        assertThat(o.rollupOpinionCounts().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(o.opinionsFinalisedTotal());
        assertThat(o.peak().opinionsFinalised()).isPositive();
        assertThat((double) json.get("opinions_per_s")).isPositive();
        // the RCOs' own record of anchored roll-ups (each RCO's sink sees its finalised submissions) matches the chain
        long anchored = 0;
        for (Map<String, Object> st : o.nodeStatus()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) st.get("rollup");
            anchored += ((Number) r.get("anchored")).longValue();
            assertThat(((Number) r.get("forged_rejected")).longValue()).isZero();
        }
        assertThat(o.rollupsFinalised()).isPositive().isLessThanOrEqualTo(anchored);
        assertThat(o.poisonsFinalised()).isZero();

        // transfers: the client holds the double-signed state; channels opened through the chain
        assertThat(o.transfersSettledTotal()).isPositive();
        assertThat((double) json.get("transfers_per_s")).isPositive();
        assertThat(o.channelTxsFinalised()).as("establish transactions of the 4 channels").isGreaterThanOrEqualTo(4);
        assertThat(o.peak().finalisedTps()).isEqualTo(o.peak().opinionsFinalised() / o.peak().seconds()
                + o.peak().transfersSettled() / o.peak().seconds());
    }
}

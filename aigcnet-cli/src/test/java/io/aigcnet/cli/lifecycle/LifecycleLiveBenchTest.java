package io.aigcnet.cli.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.cli.chain.NodeProcess;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.live.BenchResult;
import io.aigcnet.lifecycle.live.LiveRegistrationBench;
import io.aigcnet.lifecycle.live.LoadSchedule;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short live run of {@code bench lifecycle-live}: four {@code node --app aigc-lifecycle} processes, a few
 * registrations a second, and every registration the bench counted read back here, independently, from every
 * node other than the one it was sent to. The measured run is in docs/performance.md.
 */
@Tag("live")
class LifecycleLiveBenchTest {
    @TempDir
    Path dir;

    private static int freeBase(int nodes) {
        return LocalNetwork.freeBasePort(nodes);
    }

    @Test
    void countedRegistrationsAreFinalisedAndReadableOnTheOtherNodes() throws Exception {
        LiveRegistrationBench.Settings s = new LiveRegistrationBench.Settings(4, freeBase(4), 500, new LoadSchedule(4, 3, 1), 128, 7,
                8, 25);
        RngStreams rng = RngStreams.of(s.seed());
        BenchResult r;
        long t0 = System.nanoTime();
        try (LiveRegistrationBench.Network net = LiveRegistrationBench.start(NodeProcess.command("aigc-lifecycle"),
                p -> NodeProcess.planFor("aigc-lifecycle", p), dir, s, rng.stream("keys"))) {
            System.out.printf("network up after %.1f s%n", (System.nanoTime() - t0) / 1e9);
            r = new LiveRegistrationBench(net, s, line -> { }).run(rng.stream("images"));
            System.out.printf("run done after %.1f s (wall of the timed part %.1f s)%n", (System.nanoTime() - t0) / 1e9, r.wallS());
            assertThat(r.confirmed()).as("registrations finalised and read back").isPositive();
            assertThat(r.counted()).hasSize(r.confirmed());
            for (BenchResult.Confirmed c : r.counted()) {
                assertThat(c.readOn()).isNotEqualTo(c.sentTo());
                for (int node = 0; node < net.size(); node++) {
                    if (node == c.sentTo()) {
                        continue;
                    }
                    Optional<JsonNode> h = net.client(node).find("/aigc/product/" + c.product().hex());
                    assertThat(h).as("product " + c.product().hex() + " on node " + node).isPresent();
                    JsonNode p = h.get().get("product");
                    assertThat(p.get("owner").asText()).isEqualTo(c.producer());
                    assertThat(p.get("producer").asText()).isEqualTo(c.producer());
                    assertThat(p.get("state").asText()).isEqualTo("ACTIVE");
                    assertThat(p.get("fingerprint").asText()).isNotBlank();
                    assertThat(p.get("content_sha256").asText()).hasSize(64);
                }
            }
            // nothing was counted that the chain does not hold, and nothing was registered twice
            assertThat(net.client(1).get("/aigc/products").size()).isGreaterThanOrEqualTo(r.confirmed())
                    .isLessThanOrEqualTo(12);
        }
        System.out.printf("network stopped after %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertThat(r.confirmedOnEveryNode()).isEqualTo(r.confirmed());
        assertThat(r.rejected()).as("refusals at 3 registrations/s: " + r.rejectionReasons()).isZero();
        assertThat(r.confirmed() + r.rejected() + r.unfinished()).isEqualTo(12);
        Map<String, Object> json = r.toMap();
        assertThat(json).containsKeys("registrations_per_s", "offered_per_s", "p50_confirm_ms", "p95_confirm_ms", "rejected",
                "cpu_per_node", "nodes", "duration_s", "steps", "generation");
        assertThat((Double) json.get("registrations_per_s")).isPositive();
        assertThat(json.get("offered_per_s")).isEqualTo(3.0);
        assertThat(json.get("nodes")).isEqualTo(4);
        assertThat((java.util.List<?>) json.get("cpu_per_node")).hasSize(4);
        assertThat((Double) json.get("p95_confirm_ms")).isGreaterThanOrEqualTo((Double) json.get("p50_confirm_ms")).isPositive();
    }
}

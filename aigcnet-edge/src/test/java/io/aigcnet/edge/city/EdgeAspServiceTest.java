package io.aigcnet.edge.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.edge.cache.LruEviction;
import io.aigcnet.edge.cache.ModelCache;
import io.aigcnet.edge.catalogue.Modality;
import io.aigcnet.edge.catalogue.ServiceModel;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.AigcRequest;
import io.aigcnet.edge.service.DirectDelivery;
import io.aigcnet.edge.service.Response;
import io.aigcnet.edge.topology.NodeSpec;
import io.aigcnet.edge.topology.Point;
import io.aigcnet.edge.topology.Tier;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An ASP at 100 steps/s with room for 120 admitted steps, a 1 GB model (8 s download at 1,000 Mbit/s
 * + 2 s load = 10 s miss penalty) of 50 steps, 1 Mbit in and 10 Mbit out, 10/10 Mbit/s radio, price 1 per step.
 */
class EdgeAspServiceTest {
    static final ServiceModel IMG = new ServiceModel("img", Modality.IMAGE, 50, 1, 1, 2, 1, 25, 0, 10, Set.of(Tier.EDGE, Tier.CLOUD));
    static final ServiceModel TXT = new ServiceModel("txt", Modality.TEXT, 10, 1, 1, 2, 1, 5, 0, 0, Set.of(Tier.DEVICE));

    static EdgeAspService asp(AccountingSettlement s) {
        NodeSpec spec = new NodeSpec("asp-1", Tier.EDGE, 100, 8, 0, 1000, 10, new Point(0, 0), 500);
        return new EdgeAspService(spec, 120, new ModelCache(8, new LruEviction()), List.of(IMG, TXT), 1, 10, 10, s, new DirectDelivery());
    }

    static AigcRequest req(long id, String model, double inMbit, double minQ, double maxLatency, long budget) {
        return new AigcRequest(id, 7, "a cat on a bike", model, inMbit, minQ, maxLatency, budget);
    }

    @Test void servesWithAReceiptAndTheHandComputedLatency() {
        AccountingSettlement s = new AccountingSettlement();
        EdgeAspService asp = asp(s);
        // cold: upload 1 Mbit / 10 = 0.1 s; model ready at 0.1 + 10 s; compute 0.5 s; delivery 10 Mbit / 10 = 1 s → 11.6 s
        Response r = asp.submit(req(1, "img", 1, 0.5, 60, 100), 0);
        assertThat(r.isServed()).isTrue();
        assertThat(r.receipt().latencyS()).isCloseTo(11.6, within(1e-9));
        assertThat(r.receipt().price()).isEqualTo(50);
        assertThat(r.content().quality()).isCloseTo(1 - Math.pow(2, -2), within(1e-12)); // 50 steps = 2 half-quality spans
        assertThat(r.content().producer()).isEqualTo("asp-1");
        // warm, at 20 s: 0.1 + 0.5 + 1 = 1.6 s
        Response warm = asp.submit(req(2, "img", 1, 0.5, 60, 100), 20);
        assertThat(warm.receipt().latencyS()).isCloseTo(1.6, within(1e-9));
        assertThat(s.total()).isEqualTo(100);
        assertThat(s.receipts()).isEqualTo(2);
    }

    @Test void refusesWithTheReason() {
        EdgeAspService asp = asp(new AccountingSettlement());
        assertThat(asp.submit(req(1, "nope", 0, 0, 60, 100), 0).refusal()).contains("unknown model");
        assertThat(asp.submit(req(2, "txt", 0, 0, 60, 100), 0).refusal()).contains("cannot run at an edge");
        assertThat(asp.submit(req(3, "img", 0, 0, 60, 49), 0).refusal()).contains("budget");
        assertThat(asp.submit(req(4, "img", 0, 0.9, 60, 100), 0).refusal()).contains("quality");
        assertThat(asp.submit(req(5, "img", 0, 0, 5, 100), 0).refusal()).contains("latency");
    }

    @Test void crashesWithAgodSemantics() {
        EdgeAspService asp = asp(new AccountingSettlement());
        assertThat(asp.submit(req(1, "img", 0, 0, 60, 100), 0).isServed()).isTrue();
        assertThat(asp.submit(req(2, "img", 0, 0, 60, 100), 0.1).isServed()).isTrue(); // 100 of 120 steps admitted
        Response crash = asp.submit(req(3, "img", 0, 0, 60, 100), 0.2);
        assertThat(crash.isServed()).isFalse();
        assertThat(crash.refusal()).contains("crashed");
        assertThat(asp.lostToCrash()).isEqualTo(2);
        assertThat(asp.queue().inFlightTasks()).isZero();
        assertThat(asp.submit(req(4, "img", 0, 0, 60, 100), 0.3).isServed()).isTrue();
    }
}

package io.aigcnet.edge.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.edge.city.CityMetrics;
import io.aigcnet.edge.city.CitySimulation;
import io.aigcnet.edge.experiment.CityRunExperiment;
import io.aigcnet.edge.scenario.Scenario;
import io.aigcnet.edge.scenario.ScenarioMobility;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.DirectDelivery;
import io.aigcnet.edge.service.Receipt;
import io.aigcnet.edge.service.Settlement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small city settled by accounts and by layer 2 from the same seed: the same city, the same money. */
class CitySettlementTest {
    @TempDir Path dir;

    /** 120 moving phones, 2 × 2 edges and the cloud, one hour: about 1,000 requests. */
    static final String CITY = """
            name: settled
            duration_s: 3600
            width_m: 2000
            height_m: 2000
            edges: {rows: 2, cols: 2, coverage_m: 800, capacity_steps: 4000}
            devices: {count: 120}
            mobility: {speed_min_mps: 5, speed_max_mps: 20}
            workload: {requests_per_user_per_day: 200}
            catalogue:
              - {id: img, modality: image, steps_per_request: 50, gpu_memory_gb: 6, download_gb: 4, load_time_s: 8,
                 quality_max: 1, half_quality_steps: 20, input_mbit: 0.1, output_mbit: 2, hosts: [cloud, edge]}
            """;

    /** Remembers who was served by whom, and hands each receipt on. */
    static final class Recording implements Settlement {
        final Settlement inner;
        final Set<Long> pairs = new HashSet<>();
        final Set<Integer> phonesOnTwoProviders = new HashSet<>();
        final java.util.Map<Integer, String> firstProvider = new java.util.HashMap<>();
        long paid;

        Recording(Settlement inner) { this.inner = inner; }

        @Override public void settle(Receipt r) { throw new AssertionError("the city passes the content"); }

        @Override public void settle(Receipt r, ContentDescriptor c) {
            pairs.add(((long) r.user() << 32) | r.provider().hashCode() & 0xffffffffL);
            String first = firstProvider.putIfAbsent(r.user(), r.provider());
            if (first != null && !first.equals(r.provider())) phonesOnTwoProviders.add(r.user());
            if (r.price() > 0) paid++;
            inner.settle(r, c);
        }

        @Override public void advanceTo(double nowS) { inner.advanceTo(nowS); }

        @Override public void finish() { inner.finish(); }
    }

    Scenario scenario(String extra) throws Exception {
        Path f = dir.resolve("city" + Math.abs(extra.hashCode()) + ".yaml");
        Files.writeString(f, CITY + extra);
        return ConfigLoader.load(f, Scenario.class, Scenario.defaults());
    }

    CityMetrics run(Scenario sc, Settlement s, long seed) {
        CitySimulation sim = new CitySimulation(sc, ScenarioMobility.of(sc, dir, seed), CitySimulation.selection(sc,
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed)), CitySimulation.offloading(sc), s, new DirectDelivery(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 100));
        return sim.run(Progress.NONE);
    }

    @Test void layer2PaysExactlyWhatTheAccountsSayAndLeavesTheCityUnchanged() throws Exception {
        Scenario sc = scenario("policies: {settlement: layer2}\n");
        AccountingSettlement books = new AccountingSettlement();
        CityMetrics a = run(sc, books, 4);
        Layer2Settlement l2 = CityRunExperiment.layer2(sc, 9);
        Recording rec = new Recording(l2);
        CityMetrics b = run(sc, rec, 4);
        // settlement does not feed back into a crash-avoiding city: the same requests, outcomes and latencies
        assertThat(b.requests()).isEqualTo(a.requests()).isGreaterThan(500);
        assertThat(b.completed()).isEqualTo(a.completed());
        assertThat(b.meanLatencyS()).isEqualTo(a.meanLatencyS());
        Layer2Settlement.Summary s = l2.summary();
        assertThat(s.receipts()).isEqualTo(books.receipts()).isPositive();
        assertThat(s.paidTotal()).isEqualTo(books.total()).isEqualTo(s.accountingTotal()).isPositive();
        assertThat(s.transfersSigned()).isEqualTo(rec.paid).isEqualTo(s.paidReceipts());
        assertThat(s.storageObjects()).isEqualTo(s.receipts());
        assertThat(s.opinionsSubmitted()).isEqualTo(s.receipts());
        assertThat(s.opinionsRolledUp()).isEqualTo(s.receipts());
        // one channel per phone–provider pair (the deposit of 100 budgets is never spent in an hour): a phone that
        // moved to another provider opened a channel with it
        assertThat(s.channelsOpened()).isEqualTo(rec.pairs.size());
        assertThat(rec.phonesOnTwoProviders).isNotEmpty();
        assertThat(s.channelsSettled()).isEqualTo(s.channelsOpened());
        assertThat(s.poisoned()).isZero();
    }

    @Test void reputationSelectionReadsTheRolledUpTree() throws Exception {
        Scenario sc = scenario("policies: {settlement: layer2, selection: reputation}\n");
        Layer2Settlement l2 = CityRunExperiment.layer2(sc, 9);
        int[] reads = {0};
        CitySimulation sim = new CitySimulation(sc, ScenarioMobility.of(sc, dir, 4), CitySimulation.selection(sc,
                RandomSource.XO_RO_SHI_RO_128_PP.create(4), e -> {
                    reads[0]++;
                    return l2.reputation(e.spec().id());
                }), CitySimulation.offloading(sc), l2, new DirectDelivery(), RandomSource.XO_RO_SHI_RO_128_PP.create(104));
        sim.run(Progress.NONE);
        assertThat(reads[0]).isPositive();
        assertThat(l2.summary().paidTotal()).isEqualTo(l2.accounts().total());
    }
}

package io.aigcnet.edge.city;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.config.ConfigLoader;
import io.aigcnet.core.progress.Progress;
import io.aigcnet.edge.offload.Placement;
import io.aigcnet.edge.scenario.Scenario;
import io.aigcnet.edge.scenario.ScenarioMobility;
import io.aigcnet.edge.service.AccountingSettlement;
import io.aigcnet.edge.service.DirectDelivery;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitySimulationTest {
    @TempDir Path dir;

    /** One image model (50 steps, edge price 1/step, cloud 2/step) in a 2 km × 2 km city with 2 × 2 edges. */
    static final String BASE = """
            name: test
            duration_s: 3600
            width_m: 2000
            height_m: 2000
            edges: {rows: 2, cols: 2, coverage_m: 800, capacity_steps: 4000}
            devices: {count: 300}
            workload: {requests_per_user_per_day: 400}
            catalogue:
              - {id: img, modality: image, steps_per_request: 50, gpu_memory_gb: 6, download_gb: 4, load_time_s: 8,
                 quality_max: 1, half_quality_steps: 20, input_mbit: 0.1, output_mbit: 2, hosts: [cloud, edge]}
            """;

    record Run(CityMetrics m, AccountingSettlement s, CitySimulation sim) {}

    Run run(String extra, long seed) throws Exception {
        Path f = dir.resolve("s" + seed + Math.abs(extra.hashCode()) + ".yaml");
        Files.writeString(f, BASE + extra);
        Scenario sc = ConfigLoader.load(f, Scenario.class, Scenario.defaults());
        AccountingSettlement s = new AccountingSettlement();
        CitySimulation sim = new CitySimulation(sc, ScenarioMobility.of(sc, dir, seed), CitySimulation.selection(sc, RandomSource.XO_RO_SHI_RO_128_PP.create(seed)),
                CitySimulation.offloading(sc), s, new DirectDelivery(), RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 100));
        return new Run(sim.run(Progress.NONE), s, sim);
    }

    static void assertConserved(CityMetrics m) {
        assertThat(m.completed() + m.infeasible() + m.refusedByCrash() + m.lostToCrash() + m.failedAtHandover()).isEqualTo(m.requests());
    }

    @Test void everyRequestIsAccountedForAndSettledAtItsPrice() throws Exception {
        Run r = run("policies: {offloading: adaptive}\n", 1);
        CityMetrics m = r.m();
        assertThat(m.requests()).isBetween(4500L, 5500L); // 300 × 400 / 24 = 5,000 expected
        assertConserved(m);
        long edgeServed = r.sim().edges().stream().mapToLong(EdgeServer::served).sum();
        long cloud = m.placed(Placement.CLOUD.ordinal());
        assertThat(r.s().total()).isEqualTo(50 * edgeServed + 100 * cloud);
        assertThat(r.s().receipts()).isEqualTo(edgeServed + cloud);
        assertThat(m.placed(Placement.LOCAL.ordinal())).isZero(); // the model cannot run on a phone
        assertThat(m.cacheHits() + m.cacheMisses()).isEqualTo(m.placed(Placement.EDGE.ordinal()));
        // the first requests go to the cloud while the cells' edges pull the model (4 GB each), then the edges serve
        assertThat(m.placed(Placement.EDGE.ordinal())).isGreaterThan(m.placed(Placement.CLOUD.ordinal()));
        assertThat(m.backhaulGb()).isGreaterThanOrEqualTo(4.0);
    }

    @Test void sameSeedSameRun() throws Exception {
        CityMetrics a = run("", 3).m(), b = run("", 3).m();
        assertThat(a.requests()).isEqualTo(b.requests());
        assertThat(a.meanLatencyS()).isEqualTo(b.meanLatencyS());
        assertThat(a.handovers()).isEqualTo(b.handovers());
    }

    @Test void aSmallEdgeCrashesAndLosesItsRunningTasks() throws Exception {
        CityMetrics m = run("policies: {offloading: edge, selection: random}\nedges: {rows: 2, cols: 2, coverage_m: 800, capacity_steps: 120, steps_per_s: 20}\n", 5).m();
        assertThat(m.crashEvents()).isPositive();
        assertThat(m.lostToCrash()).isPositive();
        assertConserved(m);
    }

    @Test void fastUsersHandOverAndTheHandoverPolicyDecides() throws Exception {
        String fast = "mobility: {model: random_waypoint, speed_min_mps: 30, speed_max_mps: 40, pause_s: 0}\n"
                + "edges: {rows: 2, cols: 2, coverage_m: 720, steps_per_s: 2}\n";
        CityMetrics fail = run(fast + "policies: {offloading: edge, handover: fail}\n", 7).m();
        CityMetrics migrate = run(fast + "policies: {offloading: edge, handover: migrate}\n", 7).m();
        assertThat(fail.failedAtHandover()).isPositive();
        assertThat(fail.migrated()).isZero();
        assertThat(migrate.migrated()).isEqualTo(migrate.handovers()).isPositive();
        assertThat(migrate.failedAtHandover()).isZero();
        assertThat(migrate.completionRatio()).isGreaterThan(fail.completionRatio());
        assertConserved(fail);
        assertConserved(migrate);
    }

    @Test void staticUsersNeverHandOver() throws Exception {
        CityMetrics m = run("mobility: {model: static}\npolicies: {offloading: edge}\n", 9).m();
        assertThat(m.handovers()).isZero();
        assertConserved(m);
    }

    @Test void aUavEdgeServesWhereTheGridDoesNotReach() throws Exception {
        Run r = run("policies: {offloading: edge}\nedges: {rows: 2, cols: 2, coverage_m: 1}\n"
                + "extra_edges:\n  - {id: uav-1, tier: uav, x_m: 1000, y_m: 1000, steps_per_s: 200, capacity_steps: 100000, gpu_memory_gb: 24, coverage_m: 3000}\n", 11);
        EdgeServer uav = r.sim().edges().get(4);
        assertThat(uav.spec().id()).isEqualTo("uav-1");
        assertThat(uav.spec().tier()).isEqualTo(io.aigcnet.edge.topology.Tier.UAV);
        assertThat(uav.served()).isEqualTo(r.m().completed()).isPositive();
        for (int i = 0; i < 4; i++) assertThat(r.sim().edges().get(i).served()).isZero();
        assertConserved(r.m());
    }

    @Test void zipfCdfAndSampling() {
        double[] cdf = CitySimulation.zipfCdf(3, 1);
        // P ∝ 1, 1/2, 1/3 → 6/11, 3/11, 2/11
        assertThat(cdf[0]).isCloseTo(6.0 / 11, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(cdf[1]).isCloseTo(9.0 / 11, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(cdf[2]).isEqualTo(1.0);
    }
}

package io.aigcnet.edge.asp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * AGOD semantics against traces worked by hand. ASP 0: total 300, u(t) = t/200 up to 200, then 1.
 * ASP 1: total 500, u(t) = 0.004·(t − 100) on [100, 200], 0.4 above. Runtimes: t = 100 → 14,760 s,
 * 150 → 23,010 s, 200 → 31,560 s.
 */
class AspReplayTest {
    static final AspTrace TRACE = new AspTrace(
            List.of(new AspProfile(300, 0, 0, 200, 1), new AspProfile(500, 100, 0.2, 200, 0.6)),
            List.of(new AspTask(0, 200), new AspTask(1000, 150), new AspTask(2000, 200), new AspTask(40000, 100)));

    @Test void runtimeAndUtilityByHand() {
        assertThat(AspModel.runtimeSeconds(100)).isCloseTo(14760, within(1e-9));
        assertThat(AspModel.runtimeSeconds(150)).isCloseTo(23010, within(1e-9));
        assertThat(AspModel.runtimeSeconds(200)).isCloseTo(31560, within(1e-9));
        AspProfile p = new AspProfile(500, 100, 0.2, 200, 0.6);
        assertThat(p.utility(99)).isZero();
        assertThat(p.utility(100)).isZero();
        assertThat(p.utility(150)).isCloseTo(0.2, within(1e-12));
        assertThat(p.utility(200)).isCloseTo(0.4, within(1e-12));
        assertThat(p.utility(250)).isCloseTo(0.4, within(1e-12));
    }

    @Test void prophetTakesHighestAdmissibleUtility() {
        // T0 → ASP0 (1.0 vs 0.4); T1: ASP0 has 100 < 150 → ASP1 (0.2); T2 → ASP1 (0.4);
        // T3 at 40,000 s: everything released; ASP0 0.5 vs ASP1 0 → ASP0. Total 2.1.
        AspReplay.Result r = AspReplay.run(TRACE, new ProphetSelection());
        assertThat(r.cumulativeReward()).isCloseTo(2.1, within(1e-12));
        assertThat(r.crashEvents()).isZero();
        assertThat(r.served()).isEqualTo(4);
    }

    @Test void crashAvoidTakesMostAvailableFirstOnTies() {
        // T0 → ASP1 (500 > 300): 0.4; T1: 300 = 300 → ASP0: 0.75; T2: 150 vs 300 → ASP1: 0.4;
        // T3: all released, 300 vs 500 → ASP1: u(100) = 0. Total 1.55.
        AspReplay.Result r = AspReplay.run(TRACE, new CrashAvoidSelection());
        assertThat(r.cumulativeReward()).isCloseTo(1.55, within(1e-12));
        assertThat(r.crashEvents()).isZero();
        assertThat(r.served()).isEqualTo(4);
    }

    @Test void roundRobinCrashesAndClearsTheRunningTask() {
        // T0 → ASP0: 1.0; T1 → ASP1: 0.2; T2 → ASP0 at 2,000 s needs 200 > 100 available: crash,
        // penalty −[2 + (1 − 2000/31560)·2], T0 cleared, T2 not served; T3 → ASP1: 0.
        double penalty = -(2 + (1 - 2000.0 / 31560) * 2);
        AspReplay.Result r = AspReplay.run(TRACE, new RoundRobinSelection());
        assertThat(r.cumulativeReward()).isCloseTo(1.0 + 0.2 + penalty, within(1e-12));
        assertThat(r.cumulativeReward()).isCloseTo(-2.6732572877, within(1e-9));
        assertThat(r.crashEvents()).isEqualTo(1);
        assertThat(r.crashedTasks()).isEqualTo(1);
        assertThat(r.served()).isEqualTo(3);
    }

    @Test void prophetFallsBackToAspZeroWhenNoUtilityIsPositive() {
        // u = 0 on both for t < 100. T0 (t = 50) → ASP0 (fallback), admitted with reward 0.
        // T1 (t = 60) at 10 s: ASP0 has 50 < 60, ASP1 gives 0 → fallback ASP0 → crash with one
        // running task at progress 10/6810 (runtime(50) = 6,810 s).
        AspTrace t = new AspTrace(
                List.of(new AspProfile(100, 100, 0, 200, 1), new AspProfile(500, 100, 0, 200, 1)),
                List.of(new AspTask(0, 50), new AspTask(10, 60)));
        AspReplay.Result r = AspReplay.run(t, new ProphetSelection());
        assertThat(r.cumulativeReward()).isCloseTo(-(2 + (1 - 10.0 / 6810) * 2), within(1e-12));
        assertThat(r.crashEvents()).isEqualTo(1);
        assertThat(r.crashedTasks()).isEqualTo(1);
        assertThat(r.served()).isEqualTo(1);
    }

    @Test void aTaskIsReleasedExactlyAtArrivalPlusRuntime() {
        List<AspProfile> one = List.of(new AspProfile(100, 0, 0, 200, 1));
        AspReplay.Result onTime = AspReplay.run(new AspTrace(one, List.of(new AspTask(0, 100), new AspTask(14760, 100))),
                new RoundRobinSelection());
        assertThat(onTime.crashEvents()).isZero();
        assertThat(onTime.cumulativeReward()).isCloseTo(1.0, within(1e-12));
        AspReplay.Result early = AspReplay.run(new AspTrace(one, List.of(new AspTask(0, 100), new AspTask(14759, 100))),
                new RoundRobinSelection());
        assertThat(early.crashEvents()).isEqualTo(1);
        assertThat(early.cumulativeReward()).isCloseTo(0.5 - (2 + (1 - 14759.0 / 14760) * 2), within(1e-12));
    }

    @Test void aCrashOnAnEmptyAspCostsTheBasePenalty() {
        AspReplay.Result r = AspReplay.run(new AspTrace(List.of(new AspProfile(50, 0, 0, 200, 1)), List.of(new AspTask(0, 100))),
                new CrashAvoidSelection());
        assertThat(r.cumulativeReward()).isEqualTo(-2.0);
        assertThat(r.crashEvents()).isEqualTo(1);
        assertThat(r.crashedTasks()).isZero();
        assertThat(r.served()).isZero();
    }

    @Test void roundRobinCyclesFromZeroAndRestartsOnReset() {
        RoundRobinSelection rr = new RoundRobinSelection();
        AspCluster c = new AspCluster(TRACE.asps());
        AspTask t = new AspTask(0, 100);
        assertThat(List.of(rr.select(c, t), rr.select(c, t), rr.select(c, t))).containsExactly(0, 1, 0);
        rr.reset();
        assertThat(rr.select(c, t)).isZero();
    }

    @Test void randomIsReproducibleAndCoversEveryAsp() {
        AspCluster c = new AspCluster(AspEpisodes.drawAsps(AspSetup.agod(), RandomSource.XO_RO_SHI_RO_128_PP.create(1L)));
        RandomSelection a = new RandomSelection(RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
        RandomSelection b = new RandomSelection(RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
        boolean[] seen = new boolean[20];
        for (int i = 0; i < 2000; i++) {
            int x = a.select(c, new AspTask(0, 100));
            assertThat(b.select(c, new AspTask(0, 100))).isEqualTo(x);
            seen[x] = true;
        }
        for (boolean s : seen) assertThat(s).isTrue();
    }
}

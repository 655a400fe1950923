package io.aigcnet.mechanism.auction.mechanism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.Fixtures;
import io.aigcnet.mechanism.auction.model.DemandModel;
import io.aigcnet.mechanism.auction.model.Instance;
import io.aigcnet.mechanism.auction.online.OnlineScoreAuction;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketRoundTest {
    private final MarketRound round = new MarketRound(Fixtures.PARAMS, Fixtures.eHat());

    private RoundOutcome run(Mechanism m, Instance inst, int s) {
        return round.run(m, inst, RngStreams.of(1).child("instance-" + s).fresh("random"));
    }

    @Test
    void utilitiesSumToTheTotalSurplusBecausePaymentsAreTransfers() {
        for (int s = 0; s < 20; s++) {
            Instance inst = Fixtures.instance(1, s, 30);
            for (Mechanism m : Mechanism.values()) {
                RoundOutcome r = run(m, inst, s);
                double sum = r.utilityAv() + r.utilityRsu() + r.utilityTraffic() + r.utilityDriving();
                assertThat(sum).as(m + " instance " + s).isCloseTo(r.totalSurplus(), within(1e-9));
                assertThat(r.sales()).hasSize(r.nServed());
                assertThat(r.online().allocatedRate()).isLessThanOrEqualTo(Fixtures.PARAMS.capacity() + 1e-9);
            }
        }
    }

    @Test
    void itemJGoesWithTheJthServedAvSoMechanismsShareDraws() {
        Instance inst = Fixtures.instance(1, 3, 30);
        RoundOutcome mt = run(Mechanism.MTEPVISA, inst, 3);
        int[] winners = mt.online().winners();
        for (int j = 0; j < mt.sales().size(); j++) {
            assertThat(mt.sales().get(j).av()).isEqualTo(winners[j]);
            assertThat(mt.sales().get(j).xi()).isEqualTo(inst.items().get(j).xi());
        }
    }

    @Test
    void omniscientOnlineObjectiveIsAtLeastEveryFeasibleAuctionOutcome() {
        // every allocation whose rounded-up demands fit 10 R is feasible for the DP, so the DP's
        // objective sum(V + e_FB - c r) is at least that of MTEPViSA's allocation when it fits
        for (int s = 0; s < 30; s++) {
            Instance inst = Fixtures.instance(1, s, 30);
            double[] v = inst.values();
            double[] r = inst.demands(DemandModel.MULTI_TASK);
            RoundOutcome omni = run(Mechanism.OMNISCIENT, inst, s);
            RoundOutcome mt = run(Mechanism.MTEPVISA, inst, s);
            int w = 0;
            for (int i : mt.online().winners()) w += KnapsackDp.tenths(r[i]);
            if (w > 1000) continue;
            assertThat(objective(omni, v, r)).isGreaterThanOrEqualTo(objective(mt, v, r) - 1e-9);
        }
    }

    private double objective(RoundOutcome o, double[] v, double[] r) {
        double s = 0;
        for (int i : o.online().winners()) s += v[i] + Fixtures.eHat().firstBest() - Fixtures.PARAMS.rsuCost() * r[i];
        return s;
    }

    @Test
    void multiTaskServesAboutTwiceAsManyAvs() {
        double st = 0;
        double mt = 0;
        for (int s = 0; s < 50; s++) {
            Instance inst = Fixtures.instance(1, s, 30);
            st += run(Mechanism.EPVISA, inst, s).nServed();
            mt += run(Mechanism.MTEPVISA, inst, s).nServed();
        }
        assertThat(mt / st).isBetween(1.6, 2.6);
    }

    /** A5 online, as the reconstruction states it: instance s at N = 30, AV s mod N, f in {0, 0.05, ..., 2}. */
    @Test
    void a5OnlineDeviationSweepFindsNoProfitableLie() {
        double[] grid = DeviationSweep.grid(0.05, 2.0);
        DeviationSweep.Tally t = new DeviationSweep.Tally();
        for (int s = 0; s < 100; s++) {
            Instance inst = Fixtures.instance(1, s, 30);
            for (Mechanism m : List.of(Mechanism.PVISA, Mechanism.EPVISA, Mechanism.MTEPVISA)) {
                OnlineScoreAuction a = round.onlineAuction(m);
                DeviationSweep.online(a, inst.values(), inst.demands(m.demand()), s % 30, grid, t);
            }
        }
        assertThat(t.tests()).isEqualTo(100L * 3 * 41);
        assertThat(t.violations()).isZero();
    }

    /** A6: AVs pay at most their value; under MSB the RSU never loses and the driving simulator gains on average. */
    @Test
    void a6IndividualRationalityAndRsuUtility() {
        double driving = 0;
        int drivingItems = 0;
        for (int n : new int[] {10, 30, 50}) {
            for (int s = 0; s < 100; s++) {
                Instance inst = Fixtures.instance(1, s, n);
                double[] v = inst.values();
                for (Mechanism m : List.of(Mechanism.PVISA, Mechanism.EPVISA, Mechanism.MTEPVISA)) {
                    RoundOutcome r = run(m, inst, s);
                    for (int i : r.online().winners()) assertThat(r.online().payment(i)).isLessThanOrEqualTo(v[i] + 1e-9);
                    for (ItemSale sale : r.sales()) {
                        if (!sale.award().toDriving()) assertThat(sale.award().payment()).isLessThanOrEqualTo(sale.value() + 1e-9);
                        else if (m != Mechanism.PVISA) {
                            driving += sale.value() - sale.award().payment();
                            drivingItems++;
                        }
                    }
                    if (m != Mechanism.PVISA) assertThat(r.utilityRsu()).as(m + " N=" + n + " s=" + s).isGreaterThanOrEqualTo(0);
                }
            }
        }
        assertThat(driving / drivingItems).isGreaterThanOrEqualTo(0);
    }
}

package io.aigcnet.mechanism.auction.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.Fixtures;
import io.aigcnet.mechanism.auction.mechanism.DeviationSweep;
import io.aigcnet.mechanism.auction.model.DemandModel;
import io.aigcnet.mechanism.auction.model.Instance;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class OnlineScoreAuctionTest {

    @Test
    void scoreIsNetSurplusPerRateUnitWithTheExternality() {
        OnlineScoreAuction a = new OnlineScoreAuction(100, 0.2, 9.3);
        assertThat(a.score(20.7, 10)).isCloseTo(3.0 - 0.2, within(1e-12));
    }

    /** A9: every AV fits alone, no two fit together: the classic second-score auction. */
    @Test
    void a9ReducesToTheSecondScoreAuction() {
        OnlineScoreAuction a = new OnlineScoreAuction(10, 0.2, 9);
        double[] r = {6, 7, 8};
        double[] b = {20, 30, 25};
        OnlineOutcome o = a.run(b, r);
        // scores by hand: 29/6 - 0.2, 39/7 - 0.2, 34/8 - 0.2; AV 1 wins, s(2) = 29/6 - 0.2
        assertThat(o.winners()).containsExactly(1);
        double s2 = 29.0 / 6 - 0.2;
        assertThat(o.payment(1)).isCloseTo(Math.max(0, (Math.max(s2, 0) + 0.2) * 7 - 9), within(1e-12));
        assertThat(o.payment(1)).isCloseTo(203.0 / 6 - 9, within(1e-12));
        assertThat(o.payment(0)).isZero();
        assertThat(o.payment(2)).isZero();
    }

    @Test
    void a9WithANegativeSecondScoreChargesTheReserve() {
        // e = 0, c = 1: the runner-up's score (1/6 - 1) is negative, so the winner pays c * r_w
        OnlineScoreAuction a = new OnlineScoreAuction(10, 1.0, 0);
        double[] r = {6, 7, 8};
        double[] b = {1, 30, 2};
        OnlineOutcome o = a.run(b, r);
        assertThat(o.winners()).containsExactly(1);
        assertThat(o.payment(1)).isCloseTo(Math.max(0, (0 + 1.0) * 7 - 0), within(1e-12));
    }

    @Test
    void a9PaymentIsClampedAtZeroWhenTheExternalityCoversTheScore() {
        OnlineScoreAuction a = new OnlineScoreAuction(10, 0.2, 100);
        OnlineOutcome o = a.run(new double[] {1, 2, 3}, new double[] {6, 7, 8});
        int w = o.winners()[0];
        assertThat(o.payment(w)).isZero();
        assertThat(a.criticalPaymentByBisection(w, new double[] {1, 2, 3}, new double[] {6, 7, 8}, 60)).isZero();
    }

    @Test
    void firstFitSkipsAnAvThatDoesNotFitAndAdmitsLaterOnes() {
        OnlineScoreAuction a = new OnlineScoreAuction(10, 0, 0);
        // scores 3, 2.5, 1 (bid / demand): AV 0 takes 6, AV 1 (needs 6) does not fit, AV 2 (needs 4) does
        OnlineOutcome o = a.run(new double[] {18, 15, 4}, new double[] {6, 6, 4});
        assertThat(o.winners()).containsExactly(0, 2);
        // AV 2 fits even when placed last (AV 1 is skipped), so only s >= 0 binds: critical bid 0
        assertThat(o.payment(2)).isZero();
        // AV 0 must stay ahead of AV 1 (else AV 1 takes 6 and AV 0 no longer fits): b >= 2.5 * 6
        assertThat(o.payment(0)).isCloseTo(15.0, within(1e-12));
    }

    @Test
    void tiesGoToTheLowerIndex() {
        OnlineScoreAuction a = new OnlineScoreAuction(5, 0, 0);
        OnlineOutcome o = a.run(new double[] {10, 10}, new double[] {5, 5});
        assertThat(o.winners()).containsExactly(0);
        assertThat(o.payment(0)).isCloseTo(10.0, within(1e-12));
    }

    /** The swept critical value equals the 60-step bisection on random, often tie-heavy, instances. */
    @Test
    void sweptCriticalPaymentIsExactAgainstBisection() {
        UniformRandomProvider rng = RngStreams.of(42).fresh("critical");
        int compared = 0;
        for (int t = 0; t < 3000; t++) {
            int n = 1 + rng.nextInt(12);
            boolean ties = t % 2 == 0;
            double[] b = new double[n];
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = ties ? rng.nextInt(6) : 20 * rng.nextDouble();
                r[i] = ties ? 1 + rng.nextInt(4) : 0.5 + 5 * rng.nextDouble();
            }
            double cap = ties ? rng.nextInt(12) : 15 * rng.nextDouble();
            OnlineScoreAuction a = new OnlineScoreAuction(cap, ties ? rng.nextInt(2) : rng.nextDouble(), ties ? rng.nextInt(3) : 3 * rng.nextDouble());
            OnlineOutcome o = a.run(b, r);
            for (int i : o.winners()) {
                double bis = a.criticalPaymentByBisection(i, b, r, 60);
                assertThat(o.payment(i)).as("instance %d AV %d", t, i).isCloseTo(bis, within(1e-9 * Math.max(1, b[i])));
                compared++;
            }
            for (int i = 0; i < n; i++) if (!o.won(i)) assertThat(o.payment(i)).isZero();
        }
        assertThat(compared).isGreaterThan(3000);
    }

    /** A8: a winner with p > 0 wins at p + 1e-6 and loses at p - 1e-6, on the experiment's instances. */
    @Test
    void a8CriticalPaymentIsTheThreshold() {
        DeviationSweep.Tally tally = new DeviationSweep.Tally();
        for (int s = 0; s < 100; s++) {
            Instance inst = Fixtures.instance(1, s, 30);
            for (DemandModel model : DemandModel.values()) {
                OnlineScoreAuction a = new OnlineScoreAuction(100, 0.2, Fixtures.eHat().msb());
                double[] r = inst.demands(model);
                OnlineOutcome o = a.run(inst.values(), r);
                DeviationSweep.criticalPayments(a, inst.values(), r, o, tally);
            }
        }
        assertThat(tally.tests()).isGreaterThan(1000);
        assertThat(tally.violations()).isZero();
    }

    @Test
    void allocationIsMonotoneInTheBid() {
        Instance inst = Fixtures.instance(2, 0, 30);
        double[] v = inst.values();
        double[] r = inst.demands(DemandModel.MULTI_TASK);
        OnlineScoreAuction a = new OnlineScoreAuction(100, 0.2, 9.5);
        for (int i = 0; i < v.length; i++) {
            double[] b = v.clone();
            boolean wonBefore = false;
            for (double f = 0; f <= 3; f += 0.01) {
                b[i] = f * v[i];
                boolean won = a.allocate(b, r)[i];
                assertThat(!wonBefore || won).as("AV %d loses again at f = %f", i, f).isTrue();
                wonBefore = won;
            }
        }
    }

    @Test
    void rejectsNegativeCapacityAndBadBids() {
        assertThatThrownBy(() -> new OnlineScoreAuction(-1, 0.2, 0)).hasMessageContaining("capacity");
        OnlineScoreAuction a = new OnlineScoreAuction(1, 0.2, 0);
        assertThatThrownBy(() -> a.run(new double[] {Double.NaN}, new double[] {1})).hasMessageContaining("bid");
        assertThatThrownBy(() -> a.run(new double[] {1}, new double[] {0})).hasMessageContaining("demand");
    }
}

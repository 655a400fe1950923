package io.aigcnet.mechanism.auction.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.mechanism.auction.mechanism.DeviationSweep;
import io.aigcnet.mechanism.auction.model.InstanceGenerator;
import io.aigcnet.mechanism.auction.model.Item;
import io.aigcnet.mechanism.auction.model.MarketParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfflineRulesTest {
    private static final MarketParams P = MarketParams.defaults();

    private static List<Item> items(int n, long seed) {
        return new InstanceGenerator(P, List.of()).items(n, RngStreams.of(seed).fresh("items"));
    }

    @Test
    void secondPriceHighestWinsAndPaysTheSecondBid() {
        SecondPriceOffline sp = new SecondPriceOffline(8);
        Item item = new Item(2, new double[] {3, 6, 1}); // bids 6, 12, 2 against the driving bid 8
        assertThat(sp.award(item, item.truthfulBids())).isEqualTo(new Award(1, 8));
        Item low = new Item(0.5, new double[] {3, 6, 1}); // bids 1.5, 3, 0.5: driving wins, pays 3
        assertThat(sp.award(low, low.truthfulBids())).isEqualTo(new Award(Award.DRIVING, 3));
        Item two = new Item(4, new double[] {3, 2.5}); // bids 12, 10: pays 10
        assertThat(sp.award(two, two.truthfulBids())).isEqualTo(new Award(0, 10));
    }

    @Test
    void msbSellsToTheTopBidderOnlyWhenItsLeadIsLargeEnough() {
        MsbOffline msb = new MsbOffline(1.5, 0.8 * 8);
        Item clear = new Item(1, new double[] {2, 7, 4}); // 7 >= 1.5 * 4: top pays 6
        assertThat(msb.award(clear, clear.truthfulBids())).isEqualTo(new Award(1, 6));
        Item close = new Item(1, new double[] {2, 5, 4}); // 5 < 6: driving simulator at the contract price 6.4
        Award a = msb.award(close, close.truthfulBids());
        assertThat(a.toDriving()).isTrue();
        assertThat(a.payment()).isCloseTo(6.4, within(1e-12));
    }

    /** Adverse-selection freedom by construction: the MSB receiver does not change with the quality xi. */
    @Test
    void msbAllocationIgnoresQualityButSecondPriceDoesNot() {
        MsbOffline msb = new MsbOffline(P.alpha(), P.contractPrice());
        SecondPriceOffline sp = new SecondPriceOffline(P.drivingBid());
        int spChanged = 0;
        for (Item it : items(2000, 3)) {
            Item scaled = new Item(it.xi() * 7.3, it.mu());
            assertThat(msb.award(scaled, scaled.truthfulBids()).receiver()).isEqualTo(msb.award(it, it.truthfulBids()).receiver());
            if (sp.award(scaled, scaled.truthfulBids()).receiver() != sp.award(it, it.truthfulBids()).receiver()) spChanged++;
        }
        assertThat(spChanged).isPositive();
    }

    /** A5 offline: no traffic simulator gains by bidding f * u, f in {0, 0.1, ..., 3}, under SP or MSB. */
    @Test
    void a5OfflineRulesAreStrategyProofForTrafficSimulators() {
        double[] grid = DeviationSweep.grid(0.1, 3.0);
        DeviationSweep.Tally t = new DeviationSweep.Tally();
        OfflineRule[] rules = {new SecondPriceOffline(P.drivingBid()), new MsbOffline(P.alpha(), P.contractPrice()),
            new MsbOffline(1.0, P.contractPrice()), new MsbOffline(3.0, P.contractPrice())};
        List<Item> its = items(2000, 4);
        for (int k = 0; k < its.size(); k++) {
            for (OfflineRule rule : rules) DeviationSweep.offline(rule, its.get(k), k % 30, grid, t);
        }
        assertThat(t.tests()).isEqualTo(2000L * 4 * 31);
        assertThat(t.violations()).isZero();
    }

    /** A6 offline: winning traffic simulators never pay more than their value; MSB's driving simulator gains on average. */
    @Test
    void a6OfflineIndividualRationality() {
        MsbOffline msb = new MsbOffline(P.alpha(), P.contractPrice());
        SecondPriceOffline sp = new SecondPriceOffline(P.drivingBid());
        double driving = 0;
        int drivingItems = 0;
        for (Item it : items(5000, 5)) {
            for (OfflineRule rule : new OfflineRule[] {sp, msb}) {
                Award a = rule.award(it, it.truthfulBids());
                if (!a.toDriving()) assertThat(a.payment()).isLessThanOrEqualTo(it.trafficValue(a.receiver()) + 1e-9);
            }
            Award a = msb.award(it, it.truthfulBids());
            if (a.toDriving()) {
                driving += it.drivingValue(P.mu0()) - a.payment();
                drivingItems++;
            }
        }
        assertThat(drivingItems).isPositive();
        assertThat(driving / drivingItems).isGreaterThanOrEqualTo(0);
    }

    /** A7 on a large sample: the driving simulator's items have mean quality ~1 under MSB and well below 1 under SP. */
    @Test
    void a7AdverseSelectionIndexOnTheMonteCarloItems() {
        double msb = Externality.drivingQuality(new MsbOffline(P.alpha(), P.contractPrice()), P, 20_000, 12345L);
        double sp = Externality.drivingQuality(new SecondPriceOffline(P.drivingBid()), P, 20_000, 12345L);
        assertThat(msb).isBetween(0.9, 1.1);
        assertThat(sp).isLessThan(0.8);
    }

    @Test
    void firstBestPicksTheHighestTrueValue() {
        FirstBestOffline fb = new FirstBestOffline(8);
        Item item = new Item(0.5, new double[] {3, 20, 1}); // values 1.5, 10, 0.5 against 4
        assertThat(fb.award(item, item.truthfulBids()).receiver()).isEqualTo(1);
        Item low = new Item(0.5, new double[] {3, 6, 1}); // 3 < 4
        assertThat(fb.award(low, low.truthfulBids()).toDriving()).isTrue();
    }
}

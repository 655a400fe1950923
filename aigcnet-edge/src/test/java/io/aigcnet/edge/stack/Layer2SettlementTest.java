package io.aigcnet.edge.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aigcnet.edge.service.ContentDescriptor;
import io.aigcnet.edge.service.Receipt;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer-2 settlement adapter on hand-made receipts whose channels, transfers, objects and totals are counted by hand. */
class Layer2SettlementTest {
    static final List<String> PROVIDERS = List.of("edge-a", "edge-b", "cloud");

    static Receipt receipt(long id, int user, String provider, long price, double submittedS, double deliveredS) {
        return new Receipt(id, user, provider, provider.equals("cloud") ? "cloud" : "edge", 50, price, submittedS, deliveredS);
    }

    static void settle(Layer2Settlement s, Receipt r) {
        s.settle(r, new ContentDescriptor(r.requestId(), "img", "IMAGE", 0.9, 2.0, r.provider()));
    }

    /**
     * Budget 100 and a deposit of 2 budgets (200). Phone 0 is served twice by edge-a (50 + 50), then moves and is
     * served twice by edge-b (40 each, both late); phone 1 three times by the cloud (100 each: the third does not fit the first
     * channel's 200, so a second channel opens); phone 2 once by edge-a (50) and once by edge-b at price 0 (late).
     * By hand: channels 2 + 2 + 1 = 5; double-signed transfers 2 + 2 + 3 + 1 = 8; paid 100 + 80 + 300 + 50 = 530;
     * one zero-fee receipt; 9 stored objects and 9 opinions, every one rolled up.
     */
    @Test void settlesEachRequestOverChannelsStorageAndRollups() {
        Layer2Settlement.Config cfg = new Layer2Settlement.Config(4, 5, 2000, 4, 500, 5, 2, 0.020, 0.010);
        Layer2Settlement s = new Layer2Settlement(3, PROVIDERS, 100, 30, cfg, 7);
        double prior = s.reputation("edge-a");
        settle(s, receipt(1, 0, "edge-a", 50, 5, 10));
        settle(s, receipt(2, 1, "cloud", 100, 20, 30));
        settle(s, receipt(3, 2, "edge-a", 50, 40, 50));
        settle(s, receipt(4, 1, "cloud", 100, 55, 60));
        settle(s, receipt(5, 1, "cloud", 100, 85, 90));
        settle(s, receipt(6, 0, "edge-a", 50, 95, 100));
        settle(s, receipt(7, 2, "edge-b", 0, 70, 120)); // 50 s: late
        settle(s, receipt(8, 0, "edge-b", 40, 150, 200)); // 50 s: late
        settle(s, receipt(9, 0, "edge-b", 40, 210, 260)); // 50 s: late
        s.advanceTo(260);
        s.finish();
        Layer2Settlement.Summary r = s.summary();
        assertThat(r.receipts()).isEqualTo(9);
        assertThat(r.channelsOpened()).isEqualTo(5);
        assertThat(r.channelsSettled()).isEqualTo(5);
        assertThat(r.transfersSigned()).isEqualTo(8);
        assertThat(r.paidReceipts()).isEqualTo(8);
        assertThat(r.zeroFeeReceipts()).isEqualTo(1);
        assertThat(r.paidTotal()).isEqualTo(530).isEqualTo(r.accountingTotal());
        assertThat(r.refundedTotal()).isEqualTo(5 * 200 - 530); // every deposit not paid out went back to its phone
        assertThat(r.storageObjects()).isEqualTo(9);
        assertThat(r.storageBytes()).isPositive();
        assertThat(r.contentMbit()).isEqualTo(18.0);
        assertThat(r.opinionsSubmitted()).isEqualTo(9);
        assertThat(r.opinionsRolledUp()).isEqualTo(9);
        assertThat(r.rollupsFinalised()).isPositive();
        assertThat(r.poisoned()).isZero();
        assertThat(r.channelTxsFinalised()).isGreaterThanOrEqualTo(5 + 5); // an establish and at least one close each
        // a first payment waits for its channel's establish to be final (>= one 5 s block), a later one is a round trip
        assertThat(r.transferP95S()).isGreaterThanOrEqualTo(5.0);
        // edge-a only satisfied its phones, edge-b kept phone 0 waiting twice: the rolled-up opinions rank them so. The
        // leaf (θ = 0.5, uncertainty weight 0.5) is 0.5·(1 − unsatisfying belief): satisfying opinions leave it at the prior
        assertThat(s.reputation("edge-a")).isEqualTo(prior).isEqualTo(0.5);
        assertThat(s.reputation("edge-b")).isLessThan(0.5).isGreaterThan(0.0);
        assertThat(s.resultKeys()).containsEntry("settlement.paid_matches_accounting", true);
    }

    @Test void unknownProviderIsRefused() {
        Layer2Settlement s = new Layer2Settlement(1, PROVIDERS, 100, 30, Layer2Settlement.Config.defaults(), 1);
        assertThatThrownBy(() -> settle(s, receipt(1, 0, "edge-z", 10, 0, 1))).hasMessageContaining("edge-z");
    }
}

package io.aigcnet.lifecycle.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.client.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trading-phase HTLC: ownership moves iff the seller is paid (attacks A8-A10 of the lifecycle spec). */
class TradeHtlcTest {
    private static final long P = 7 * LocalLifecycle.TOKEN;

    private static Hash product(LocalLifecycle w) {
        return w.register(w.party("alice"), w.party("esp1"), Fixture.png(Fixture.image(77)), "p", Fixture.PRICE)
                .productId().orElseThrow();
    }

    @Test
    void anHonestTradeMovesOwnershipAndPaymentTogether() {
        LocalLifecycle w = Fixture.world(20);
        Hash id = product(w);
        long alice = w.ledger().balance(w.party("alice").address());
        long bob = w.ledger().balance(w.party("bob").address());
        Htlc h = w.trade(w.party("alice"), w.party("bob"), id, P);
        assertThat(h.state()).isEqualTo(Htlc.State.CLAIMED);
        ProductRecord p = w.app().product(id).orElseThrow();
        assertThat(p.owner()).isEqualTo(w.party("bob").address());
        assertThat(p.owners()).hasSize(2);
        assertThat(p.owners().get(1).cause()).isEqualTo(OwnershipEntry.Cause.TRADED);
        assertThat(p.lastPrice()).isEqualTo(P);
        assertThat(w.ledger().balance(w.party("alice").address()) - alice).isEqualTo(P);
        assertThat(bob - w.ledger().balance(w.party("bob").address())).isEqualTo(P);
    }

    /** A8: the buyer never funds; after T the seller unwinds and keeps the product. */
    @Test
    void aBuyerWhoNeverFundsCostsTheSellerNothing() {
        LocalLifecycle w = Fixture.world(21);
        Hash id = product(w);
        Party alice = w.party("alice");
        byte[] s = HashLock.newPreimage(w.rng());
        Transaction open = alice.tradeOpen(id, w.party("bob").address(), P, w.lockIn(HashLock.lockOf(s), 5));
        assertThat(w.ledger().submit(open).ok()).isTrue();
        assertThat(w.app().product(id).orElseThrow().state()).isEqualTo(ProductRecord.State.LOCKED);
        assertThat(w.ledger().submit(alice.tradeClaim(open.id(), s)).ok()).isFalse();
        w.idle(5);
        assertThat(w.ledger().submit(alice.tradeRefund(open.id())).ok()).isTrue();
        ProductRecord p = w.app().product(id).orElseThrow();
        assertThat(p.state()).isEqualTo(ProductRecord.State.ACTIVE);
        assertThat(p.owner()).isEqualTo(alice.address());
    }

    /** The seller withholds the secret: the buyer's escrow returns after T, ownership does not move. */
    @Test
    void aSellerWhoWithholdsTheSecretIsNotPaid() {
        LocalLifecycle w = Fixture.world(22);
        Hash id = product(w);
        Party alice = w.party("alice");
        Party bob = w.party("bob");
        long bobBefore = w.ledger().balance(bob.address());
        byte[] s = HashLock.newPreimage(w.rng());
        Transaction open = alice.tradeOpen(id, bob.address(), P, w.lockIn(HashLock.lockOf(s), 4));
        w.ledger().submit(open);
        assertThat(w.ledger().submit(bob.tradeFund(open.id(), P)).ok()).isTrue();
        w.idle(4);
        assertThat(w.ledger().submit(alice.tradeClaim(open.id(), s)).ok()).isFalse();
        assertThat(w.ledger().submit(bob.tradeRefund(open.id())).ok()).isTrue();
        assertThat(w.ledger().balance(bob.address())).isEqualTo(bobBefore);
        assertThat(w.app().product(id).orElseThrow().owner()).isEqualTo(alice.address());
    }

    /** A9: two opens, a second funding, two claims in one block: exactly one owner change. */
    @Test
    void doubleSpendsOfAProductOrAPaymentAreRefused() {
        LocalLifecycle w = Fixture.world(23);
        Hash id = product(w);
        Party alice = w.party("alice");
        Party bob = w.party("bob");
        Party carol = w.party("carol");
        byte[] s1 = HashLock.newPreimage(w.rng());
        byte[] s2 = HashLock.newPreimage(w.rng());
        Transaction open1 = alice.tradeOpen(id, bob.address(), P, w.lockIn(HashLock.lockOf(s1), 20));
        Transaction open2 = alice.tradeOpen(id, carol.address(), P, w.lockIn(HashLock.lockOf(s2), 20));
        List<Verdict> opens = w.ledger().block(List.of(open1, open2));
        assertThat(opens.get(0).ok()).isTrue();
        assertThat(opens.get(1).ok()).as("a locked product cannot be offered twice").isFalse();
        assertThat(w.ledger().submit(bob.tradeFund(open1.id(), P)).ok()).isTrue();
        assertThat(w.ledger().submit(bob.tradeFund(open1.id(), P)).ok()).as("funded once").isFalse();
        assertThat(w.ledger().submit(carol.tradeFund(open1.id(), P)).ok()).as("only the named buyer").isFalse();
        Transaction c1 = alice.tradeClaim(open1.id(), s1);
        Transaction c2 = alice.tradeClaim(open1.id(), s1);
        List<Verdict> claims = w.ledger().block(List.of(c1, c2));
        assertThat(claims.get(0).ok()).isTrue();
        assertThat(claims.get(1).ok()).isFalse();
        assertThat(w.app().product(id).orElseThrow().owners()).hasSize(2);
        // the old owner can no longer sell it
        Transaction resale = alice.tradeOpen(id, carol.address(), P, w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 20));
        assertThat(w.ledger().submit(resale).ok()).isFalse();
    }

    /** A10: claim at the last block before T succeeds; at T it is refused; refund before T refused, at T allowed. */
    @Test
    void timeLockEdgesAreExact() {
        for (boolean claimBeforeDeadline : new boolean[] {true, false}) {
            LocalLifecycle w = Fixture.world(24);
            Hash id = product(w);
            Party alice = w.party("alice");
            Party bob = w.party("bob");
            byte[] s = HashLock.newPreimage(w.rng());
            // expires exactly at the time of the block 3 blocks ahead: claimable in that block, refundable after
            long expiry = w.ledger().timeAt(w.ledger().height() + 3);
            Transaction open = alice.tradeOpen(id, bob.address(), P, new HashLock(HashLock.lockOf(s), expiry));
            w.ledger().submit(open);
            w.ledger().submit(bob.tradeFund(open.id(), P));
            assertThat(w.ledger().nextBlockTime()).isEqualTo(expiry);
            if (claimBeforeDeadline) {
                assertThat(w.ledger().submit(bob.tradeRefund(open.id())).ok()).as("refund at the deadline").isFalse();
                w.ledger().block(List.of());
                assertThat(w.ledger().submit(alice.tradeClaim(open.id(), s)).ok()).as("claim after the deadline").isFalse();
                assertThat(w.ledger().submit(bob.tradeRefund(open.id())).ok()).as("refund after the deadline").isTrue();
            } else {
                assertThat(w.ledger().submit(alice.tradeClaim(open.id(), s)).ok()).as("claim at the deadline").isTrue();
            }
        }
    }

    /** A challenge that removes a product mid-trade aborts the trade and refunds the buyer in the same transaction. */
    @Test
    void removalAbortsAnOpenTradeAndRefundsTheBuyer() {
        LocalLifecycle w = Fixture.world(25);
        java.awt.image.BufferedImage img = Fixture.image(25);
        Hash orig = w.register(w.party("alice"), w.party("esp1"), Fixture.png(img), "p", 1).productId().orElseThrow();
        Hash copy = w.register(w.party("mallory"), w.party("esp2"), Fixture.jpegCopy(img), "p", 1).productId().orElseThrow();
        Party m = w.party("mallory");
        Party bob = w.party("bob");
        long bobBefore = w.ledger().balance(bob.address());
        Transaction open = m.tradeOpen(copy, bob.address(), P, w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 20));
        w.ledger().submit(open);
        w.ledger().submit(bob.tradeFund(open.id(), P));
        assertThat(w.challenge(w.party("alice"), orig, copy).orElseThrow().outcome()).isEqualTo(ChallengeVerdict.Outcome.SUCCEEDED);
        assertThat(w.app().htlc(open.id()).orElseThrow().state()).isEqualTo(Htlc.State.ABORTED);
        assertThat(w.ledger().balance(bob.address())).isEqualTo(bobBefore);
    }
}

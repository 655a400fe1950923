package io.aigcnet.lifecycle.experiment;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.client.SealedContent;
import io.aigcnet.lifecycle.registry.Htlc;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import io.aigcnet.lifecycle.registry.ProductRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * One seeded run of a generation HTLC followed by a trade HTLC, with a fault drawn for each step: a party
 * crashes before acting, withholds, acts only after the time lock, sends a wrong secret or corrupt content,
 * sends twice, or its messages arrive reordered. Afterwards the victims refund once the time lock has passed.
 * The run is atomic iff every contract ended CLAIMED, REFUNDED or ABORTED, every payment pairs with its
 * ownership change, and funds are conserved (genesis + block rewards = balances + escrow + challenge pool).
 */
public final class HtlcFaultRun {
    /** Faults injected at one party's step. */
    public enum Fault { NONE, CRASH_BEFORE_ACT, WITHHOLD, DELAY_PAST_TIMELOCK, WRONG_SECRET, CORRUPT_CONTENT, DUPLICATE, REORDER }

    public record Outcome(long seed, Fault genFault, Fault tradeFault, Htlc.State genState, Htlc.State tradeState,
            boolean atomic, boolean conserved, boolean stuck, String detail) {
    }

    private static final int LOCK_BLOCKS = 6;
    private static final long PRICE = 3 * LocalLifecycle.TOKEN;

    private HtlcFaultRun() {
    }

    public static Outcome run(long seed, byte[] image) {
        UniformRandomProvider rng = RngStreams.of(seed).stream("htlc-faults");
        Fault[] faults = Fault.values();
        Fault gf = faults[rng.nextInt(faults.length)];
        Fault tf = faults[rng.nextInt(faults.length)];
        LocalLifecycle w = new LocalLifecycle(List.of("producer", "esp", "buyer"), 100 * LocalLifecycle.TOKEN,
                LifecycleParams.defaults(io.aigcnet.lifecycle.image.Calibration.CALIBRATED_THRESHOLD_BITS), LocalLifecycle.TOKEN, RngStreams.of(seed).stream("world"));
        Party producer = w.party("producer");
        Party esp = w.party("esp");
        Party buyer = w.party("buyer");
        long genesis = 300 * LocalLifecycle.TOKEN;

        // ---- generation phase
        SealedContent s = SealedContent.seal(image, "prompt " + seed, rng);
        w.storage().put(s.sealed());
        Transaction open = producer.genOpen(esp.address(), PRICE, w.lockIn(s.lockHash(), LOCK_BLOCKS), s.cipherRef(), s.promptCommitment());
        byte[] key = s.key();
        if (gf == Fault.WRONG_SECRET) {
            key = key.clone();
            key[5] ^= 0x40;
        }
        if (gf == Fault.CORRUPT_CONTENT) {
            byte[] bad = s.sealed().clone();
            bad[bad.length / 2] ^= 1;
            w.storage().corrupt(s.cipherRef(), bad);
        }
        Transaction claim = esp.genClaim(open.id(), key);
        deliver(w, gf, open, claim, rng);
        Hash productId = LifecycleApp.productIdOf(open.id());

        // ---- trading phase (only if a product exists)
        Transaction tOpen = null;
        if (w.app().product(productId).isPresent()) {
            byte[] secret = HashLock.newPreimage(rng);
            tOpen = producer.tradeOpen(productId, buyer.address(), PRICE, w.lockIn(HashLock.lockOf(secret), LOCK_BLOCKS));
            w.ledger().submit(tOpen);
            Transaction fund = buyer.tradeFund(tOpen.id(), PRICE);
            byte[] reveal = secret;
            if (tf == Fault.WRONG_SECRET) {
                reveal = secret.clone();
                reveal[0] ^= 1;
            }
            Transaction tClaim = producer.tradeClaim(tOpen.id(), reveal);
            if (tf == Fault.CRASH_BEFORE_ACT) {
                // the buyer crashes before funding
                fund = null;
            }
            deliver(w, tf, fund, tClaim, rng);
        }

        // ---- victims unwind after the time locks
        w.idle(LOCK_BLOCKS + 1);
        w.ledger().submit(producer.genRefund(open.id()));
        if (tOpen != null) {
            w.ledger().block(List.of(buyer.tradeRefund(tOpen.id()), producer.tradeRefund(tOpen.id())));
        }

        // ---- invariants
        Htlc gen = w.app().htlc(open.id()).orElseThrow();
        Htlc trade = tOpen == null ? null : w.app().htlc(tOpen.id()).orElse(null);
        StringBuilder why = new StringBuilder();
        boolean stuck = !gen.terminal() || (trade != null && !trade.terminal());
        if (stuck) {
            why.append("a contract is not terminal; ");
        }
        long espGain = w.ledger().balance(esp.address()) - 100 * LocalLifecycle.TOKEN;
        boolean registered = w.app().product(productId).isPresent();
        boolean genOk = (gen.state() == Htlc.State.CLAIMED) == registered && (espGain == (registered ? PRICE : 0));
        if (!genOk) {
            why.append("generation: ESP gain ").append(espGain).append(" vs registered ").append(registered).append("; ");
        }
        boolean tradeOk = true;
        if (trade != null) {
            ProductRecord p = w.app().product(productId).orElseThrow();
            boolean moved = p.owner().equals(buyer.address());
            long buyerPaid = 100 * LocalLifecycle.TOKEN - w.ledger().balance(buyer.address());
            tradeOk = (trade.state() == Htlc.State.CLAIMED) == moved && buyerPaid == (moved ? PRICE : 0)
                    && p.state() == ProductRecord.State.ACTIVE;
            if (!tradeOk) {
                why.append("trade: owner moved ").append(moved).append(" buyer paid ").append(buyerPaid).append("; ");
            }
        }
        long total = w.ledger().balance(producer.address()) + w.ledger().balance(esp.address()) + w.ledger().balance(buyer.address())
                + w.ledger().balance(w.ledger().producer()) + w.app().escrowed() + w.app().challengePool();
        boolean conserved = total == genesis + w.ledger().minted();
        if (!conserved) {
            why.append("funds not conserved: ").append(total).append(" != ").append(genesis + w.ledger().minted());
        }
        return new Outcome(seed, gf, tf, gen.state(), trade == null ? null : trade.state(), genOk && tradeOk && !stuck && conserved,
                conserved, stuck, why.toString());
    }

    /** Delivers {@code first} then {@code second} under {@code fault}; either may be null (never sent). */
    private static void deliver(LocalLifecycle w, Fault fault, Transaction first, Transaction second, UniformRandomProvider rng) {
        List<Transaction> order = new ArrayList<>();
        switch (fault) {
            case NONE, WRONG_SECRET, CORRUPT_CONTENT -> {
                addIf(order, first);
                addIf(order, second);
            }
            case CRASH_BEFORE_ACT, WITHHOLD -> addIf(order, first);
            case DELAY_PAST_TIMELOCK -> {
                addIf(order, first);
                for (Transaction t : order) {
                    w.ledger().submit(t);
                }
                w.idle(LOCK_BLOCKS + 1);
                addIfSubmit(w, second);
                return;
            }
            case DUPLICATE -> {
                addIf(order, first);
                addIf(order, first);
                addIf(order, second);
                addIf(order, second);
            }
            case REORDER -> {
                addIf(order, first);
                addIf(order, second);
                Collections.reverse(order);
                // the late-arriving first message lets the reordered second be retried once
                addIf(order, second);
            }
        }
        for (Transaction t : order) {
            w.ledger().submit(t);
            if (rng.nextInt(4) == 0) {
                w.idle(1);
            }
        }
    }

    private static void addIf(List<Transaction> l, Transaction t) {
        if (t != null) {
            l.add(t);
        }
    }

    private static void addIfSubmit(LocalLifecycle w, Transaction t) {
        if (t != null) {
            w.ledger().submit(t);
        }
    }
}

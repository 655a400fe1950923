package io.aigcnet.lifecycle.experiment;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.image.Edits;
import io.aigcnet.lifecycle.image.ImageFiles;
import io.aigcnet.lifecycle.image.ProceduralAigcImages;
import io.aigcnet.lifecycle.registry.ChallengeVerdict;
import io.aigcnet.lifecycle.registry.LifecycleOp;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import io.aigcnet.lifecycle.registry.ProductRecord;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The survey's attacks on the AIGC lifecycle (ownership tampering and plagiarism, plus the exchange and
 * replay attacks the lifecycle spec lists), each run against the registry through signed transactions.
 */
public final class LifecycleAttacks {
    private static final long PRICE = 5 * LocalLifecycle.TOKEN;

    private final int thresholdBits;
    private final long seed;

    public LifecycleAttacks(int thresholdBits, long seed) {
        this.thresholdBits = thresholdBits;
        this.seed = seed;
    }

    private LocalLifecycle world(String name) {
        return new LocalLifecycle(List.of("owner", "plagiarist", "buyer", "esp", "esp2"), 1000 * LocalLifecycle.TOKEN,
                new LifecycleParams(10 * LocalLifecycle.TOKEN, 10 * LocalLifecycle.TOKEN, thresholdBits, 600_000_000_000L,
                        100 * LocalLifecycle.TOKEN), LocalLifecycle.TOKEN, RngStreams.of(seed).stream(name));
    }

    private BufferedImage image(long k) {
        return ProceduralAigcImages.scene(256, seed * 1000 + k, seed * 7 + k);
    }

    private static Hash register(LocalLifecycle w, String producer, String esp, BufferedImage img) {
        return w.register(w.party(producer), w.party(esp), ImageFiles.png(img), "prompt", PRICE).productId()
                .orElseThrow(() -> new IllegalStateException("registration failed"));
    }

    public List<AttackResult> all() {
        List<AttackResult> out = new ArrayList<>();
        out.add(plagiarism("plagiarism_reencode", img -> Edits.jpeg(img, 0.5f)));
        out.add(plagiarism("plagiarism_resize", img -> Edits.resize(img, 0.5)));
        out.add(plagiarism("plagiarism_crop", img -> Edits.crop(img, 0.1, 0, 0, 0)));
        out.add(plagiarism("plagiarism_edit", img -> Edits.overlay(Edits.contrast(Edits.brightness(img, 1.2), 0.8), 24, 3)));
        out.add(falseChallenge());
        out.add(challengeSpam());
        out.add(doubleSpend());
        out.add(sellerWithholds());
        out.add(buyerWithholds());
        out.add(ownershipTampering());
        out.add(replay());
        out.add(identityForgery());
        return out;
    }

    /** A copy registered by a plagiarist is challenged by the owner: removed, and the owner is refunded with a reward. */
    AttackResult plagiarism(String name, UnaryOperator<BufferedImage> edit) {
        LocalLifecycle w = world(name);
        BufferedImage img = image(1);
        Hash orig = register(w, "owner", "esp", img);
        Hash copy = register(w, "plagiarist", "esp2", edit.apply(img));
        ChallengeVerdict v = w.challenge(w.party("owner"), orig, copy).orElseThrow();
        boolean removed = w.app().product(copy).orElseThrow().state() == ProductRecord.State.REMOVED;
        return new AttackResult(name, v.outcome() == ChallengeVerdict.Outcome.SUCCEEDED && removed,
                "distance " + v.distanceBits() + " bits (threshold " + v.thresholdBits() + "); copy " + (removed ? "removed" : "kept"));
    }

    /** The plagiarist challenges the original with the copy: priority decides, the deposit is forfeited. */
    AttackResult falseChallenge() {
        LocalLifecycle w = world("false_challenge");
        BufferedImage img = image(2);
        Hash orig = register(w, "owner", "esp", img);
        Hash copy = register(w, "plagiarist", "esp2", Edits.jpeg(img, 0.6f));
        long before = w.ledger().balance(w.party("plagiarist").address());
        ChallengeVerdict v = w.challenge(w.party("plagiarist"), copy, orig).orElseThrow();
        long lost = before - w.ledger().balance(w.party("plagiarist").address());
        boolean ok = v.outcome() == ChallengeVerdict.Outcome.FAILED && lost == w.app().params().challengeDeposit()
                && w.app().product(orig).orElseThrow().state() == ProductRecord.State.ACTIVE;
        return new AttackResult("false_challenge", ok, "verdict " + v.outcome() + ", deposit forfeited " + lost);
    }

    /** Fifty challenges of an unrelated product: each fails and costs one deposit. */
    AttackResult challengeSpam() {
        LocalLifecycle w = world("challenge_spam");
        Hash own = register(w, "plagiarist", "esp2", image(3));
        Hash victim = register(w, "owner", "esp", image(4));
        long before = w.ledger().balance(w.party("plagiarist").address());
        int failed = 0;
        for (int i = 0; i < 50; i++) {
            if (w.challenge(w.party("plagiarist"), own, victim).orElseThrow().outcome() == ChallengeVerdict.Outcome.FAILED) {
                failed++;
            }
        }
        long lost = before - w.ledger().balance(w.party("plagiarist").address());
        boolean ok = failed == 50 && lost == 50 * w.app().params().challengeDeposit()
                && w.app().product(victim).orElseThrow().state() == ProductRecord.State.ACTIVE;
        return new AttackResult("challenge_spam", ok, failed + "/50 failed; spammer lost " + lost + " (50 deposits)");
    }

    /** The owner offers one product to two buyers, and claims twice: one owner change only. */
    AttackResult doubleSpend() {
        LocalLifecycle w = world("double_spend");
        Hash id = register(w, "owner", "esp", image(5));
        Party owner = w.party("owner");
        byte[] s1 = HashLock.newPreimage(w.rng());
        Transaction o1 = owner.tradeOpen(id, w.party("buyer").address(), PRICE, w.lockIn(HashLock.lockOf(s1), 20));
        Transaction o2 = owner.tradeOpen(id, w.party("plagiarist").address(), PRICE, w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 20));
        List<Verdict> v = w.ledger().block(List.of(o1, o2));
        w.ledger().submit(w.party("buyer").tradeFund(o1.id(), PRICE));
        List<Verdict> claims = w.ledger().block(List.of(owner.tradeClaim(o1.id(), s1), owner.tradeClaim(o1.id(), s1)));
        int owners = w.app().product(id).orElseThrow().owners().size();
        boolean ok = v.get(0).ok() && !v.get(1).ok() && claims.get(0).ok() && !claims.get(1).ok() && owners == 2;
        return new AttackResult("double_spend_trade", ok, "second offer " + (v.get(1).ok() ? "accepted" : "refused")
                + ", second claim " + (claims.get(1).ok() ? "accepted" : "refused") + ", owner changes " + (owners - 1));
    }

    /** The seller takes the buyer's escrow but never reveals: the buyer refunds after the time lock. */
    AttackResult sellerWithholds() {
        LocalLifecycle w = world("seller_withholds");
        Hash id = register(w, "owner", "esp", image(6));
        Party buyer = w.party("buyer");
        long before = w.ledger().balance(buyer.address());
        Transaction o = w.party("owner").tradeOpen(id, buyer.address(), PRICE, w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 5));
        w.ledger().submit(o);
        w.ledger().submit(buyer.tradeFund(o.id(), PRICE));
        w.idle(6);
        boolean refunded = w.ledger().submit(buyer.tradeRefund(o.id())).ok();
        boolean ok = refunded && w.ledger().balance(buyer.address()) == before
                && w.app().product(id).orElseThrow().owner().equals(w.party("owner").address());
        return new AttackResult("seller_withholds", ok, "buyer refunded " + refunded + ", buyer balance restored " + (w.ledger().balance(buyer.address()) == before));
    }

    /** The buyer never funds, and the ESP of a generation is never paid unless it reveals the key. */
    AttackResult buyerWithholds() {
        LocalLifecycle w = world("buyer_withholds");
        Hash id = register(w, "owner", "esp", image(7));
        Party owner = w.party("owner");
        byte[] s = HashLock.newPreimage(w.rng());
        Transaction o = owner.tradeOpen(id, w.party("buyer").address(), PRICE, w.lockIn(HashLock.lockOf(s), 5));
        w.ledger().submit(o);
        boolean claimWithoutPay = w.ledger().submit(owner.tradeClaim(o.id(), s)).ok();
        w.idle(6);
        boolean unwound = w.ledger().submit(owner.tradeRefund(o.id())).ok();
        ProductRecord p = w.app().product(id).orElseThrow();
        boolean ok = !claimWithoutPay && unwound && p.state() == ProductRecord.State.ACTIVE && p.owner().equals(owner.address());
        return new AttackResult("buyer_withholds", ok, "claim without payment " + (claimWithoutPay ? "accepted" : "refused")
                + "; seller unwound after the time lock and keeps the product");
    }

    /** There is no owner-setting operation, and a non-owner cannot sell or challenge as the owner. */
    AttackResult ownershipTampering() {
        LocalLifecycle w = world("ownership_tampering");
        Hash id = register(w, "owner", "esp", image(8));
        Party m = w.party("plagiarist");
        byte[] payload = new byte[65];
        payload[0] = 9; // an operation code the registry does not have
        Transaction set = Transaction.sign(TxType.APP, m.keys(), m.address(), 1, 0, 0, payload, SignatureScheme.ed25519());
        boolean setOk = w.ledger().submit(set).ok();
        m.nextNonce(2);
        boolean sellOk = w.ledger().submit(m.tradeOpen(id, w.party("buyer").address(), 1,
                w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 10))).ok();
        boolean ok = !setOk && !sellOk && w.app().product(id).orElseThrow().owner().equals(w.party("owner").address());
        return new AttackResult("ownership_tampering", ok, "owner-set tx " + (setOk ? "accepted" : "refused") + ", non-owner sale "
                + (sellOk ? "accepted" : "refused"));
    }

    /** The same claim again, an old nonce, and a reused hash lock. */
    AttackResult replay() {
        LocalLifecycle w = world("replay");
        Party owner = w.party("owner");
        Party esp = w.party("esp");
        LocalLifecycle.Registration r = w.register(owner, esp, ImageFiles.png(image(9)), "p", PRICE);
        Transaction claimAgain = esp.raw(Address.NONE, 1, 0, new LifecycleOp.GenClaim(r.htlcId(), r.sealed().key()));
        boolean again = w.ledger().submit(claimAgain).ok();
        Transaction reuse = owner.genOpen(esp.address(), PRICE, w.lockIn(r.sealed().lockHash(), 10), r.sealed().cipherRef(), r.sealed().promptCommitment());
        boolean reused = w.ledger().submit(reuse).ok();
        boolean ok = !again && !reused && w.app().products().size() == 1;
        return new AttackResult("replay", ok, "replayed claim " + (again ? "accepted" : "refused") + ", reused hash lock "
                + (reused ? "accepted" : "refused"));
    }

    /** A challenge signed by another key in the owner's name. */
    AttackResult identityForgery() {
        LocalLifecycle w = world("identity_forgery");
        BufferedImage img = image(10);
        Hash orig = register(w, "owner", "esp", img);
        Hash copy = register(w, "plagiarist", "esp2", Edits.jpeg(img, 0.5f));
        // the plagiarist (not the owner) tries to challenge its rival's product as if it owned the original
        boolean notOwner = w.challenge(w.party("buyer"), orig, copy).isPresent();
        Transaction real = w.party("owner").raw(Address.NONE, 99, w.app().params().challengeDeposit(), new LifecycleOp.Challenge(orig, copy));
        byte[] enc = real.encode();
        byte[] sig = SignatureScheme.ed25519().sign(w.party("buyer").keys(), real.id().toBytes()).toBytes();
        System.arraycopy(sig, 0, enc, enc.length - sig.length, sig.length);
        boolean forged;
        try {
            forged = w.ledger().submit(Transaction.decode(new io.aigcnet.chain.codec.ByteReader(enc))).ok();
        } catch (io.aigcnet.chain.codec.DecodeException e) {
            forged = false;
        }
        boolean ok = !notOwner && !forged && w.app().product(copy).orElseThrow().state() == ProductRecord.State.ACTIVE;
        return new AttackResult("identity_forgery", ok, "non-owner challenge " + (notOwner ? "executed" : "refused")
                + ", forged signature " + (forged ? "accepted" : "refused"));
    }
}

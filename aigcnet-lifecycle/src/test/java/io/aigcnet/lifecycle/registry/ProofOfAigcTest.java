package io.aigcnet.lifecycle.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.client.LocalLifecycle;
import io.aigcnet.lifecycle.client.LocalLifecycle.Registration;
import io.aigcnet.lifecycle.client.Party;
import io.aigcnet.lifecycle.client.SealedContent;
import io.aigcnet.lifecycle.image.Edits;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Proof generation and the challenge, and the survey's and the lifecycle spec's attacks on them. */
class ProofOfAigcTest {
    private static Hash registerOk(LocalLifecycle w, String producer, String esp, byte[] image) {
        Registration r = w.register(w.party(producer), w.party(esp), image, "a red fox in snow", Fixture.PRICE);
        assertThat(r.claim().ok()).as(r.claim().detail()).isTrue();
        return r.productId().orElseThrow();
    }

    @Test
    void registrationPaysTheEspAndRecordsTheProducerAsOwner() {
        LocalLifecycle w = Fixture.world(1);
        byte[] png = Fixture.png(Fixture.image(1));
        long espBefore = w.ledger().balance(w.party("esp1").address());
        long aliceBefore = w.ledger().balance(w.party("alice").address());
        Hash id = registerOk(w, "alice", "esp1", png);
        ProductRecord p = w.app().product(id).orElseThrow();
        assertThat(p.owner()).isEqualTo(w.party("alice").address());
        assertThat(p.esp()).isEqualTo(w.party("esp1").address());
        assertThat(p.contentHash()).isEqualTo(Sha256.hash(png));
        assertThat(p.owners()).hasSize(1);
        assertThat(p.owners().get(0).cause()).isEqualTo(OwnershipEntry.Cause.GENERATED);
        assertThat(w.ledger().balance(w.party("esp1").address()) - espBefore).isEqualTo(Fixture.PRICE);
        assertThat(aliceBefore - w.ledger().balance(w.party("alice").address())).isEqualTo(Fixture.PRICE);
    }

    /** A1: plagiarised copies, each registered by a colluding producer and ESP, are removed by the owner's challenge. */
    @Test
    void plagiarisedCopiesAreRemovedByTheOwnersChallenge() {
        LocalLifecycle w = Fixture.world(2, 100 * LocalLifecycle.TOKEN);
        BufferedImage orig = Fixture.image(2);
        Hash original = registerOk(w, "alice", "esp1", Fixture.png(orig));
        List<UnaryOperator<BufferedImage>> edits = List.of(
                img -> Edits.jpeg(img, 0.5f),
                img -> Edits.resize(img, 0.5),
                img -> Edits.brightness(img, 1.15),
                img -> Edits.crop(img, 0.1, 0, 0, 0),
                img -> Edits.overlay(img, 24, 5),
                img -> Edits.jpeg(Edits.overlay(Edits.brightness(Edits.resize(img, 0.75), 1.1), 24, 9), 0.6f));
        for (UnaryOperator<BufferedImage> e : edits) {
            Hash copy = registerOk(w, "mallory", "esp2", Fixture.png(e.apply(orig)));
            long before = w.ledger().balance(w.party("alice").address());
            ChallengeVerdict v = w.challenge(w.party("alice"), original, copy).orElseThrow();
            assertThat(v.outcome()).as("distance %d", v.distanceBits()).isEqualTo(ChallengeVerdict.Outcome.SUCCEEDED);
            assertThat(w.app().product(copy).orElseThrow().state()).isEqualTo(ProductRecord.State.REMOVED);
            assertThat(w.ledger().balance(w.party("alice").address()) - before).isEqualTo(v.rewardPaid()).isPositive();
            // a removed copy can no longer be sold
            Verdict sale = w.ledger().submit(w.party("mallory").tradeOpen(copy, w.party("bob").address(), 1,
                    w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 10)));
            assertThat(sale.ok()).isFalse();
        }
        assertThat(w.app().product(original).orElseThrow().state()).isEqualTo(ProductRecord.State.ACTIVE);
    }

    /** A2: the later copy challenging the original fails on priority; the deposit goes to the pool. */
    @Test
    void aLaterCopyCannotUnseatTheOriginal() {
        LocalLifecycle w = Fixture.world(3);
        BufferedImage orig = Fixture.image(3);
        Hash original = registerOk(w, "alice", "esp1", Fixture.png(orig));
        Hash copy = registerOk(w, "mallory", "esp2", Fixture.jpegCopy(orig));
        long before = w.ledger().balance(w.party("mallory").address());
        ChallengeVerdict v = w.challenge(w.party("mallory"), copy, original).orElseThrow();
        assertThat(v.outcome()).isEqualTo(ChallengeVerdict.Outcome.FAILED);
        assertThat(v.originalFirst()).isFalse();
        assertThat(before - w.ledger().balance(w.party("mallory").address())).isEqualTo(Fixture.D);
        assertThat(w.app().challengePool()).isEqualTo(Fixture.D);
        assertThat(w.app().product(original).orElseThrow().state()).isEqualTo(ProductRecord.State.ACTIVE);
    }

    /** A3: 50 false challenges of a distinct product all fail and cost exactly 50 deposits; nothing changes state. */
    @Test
    void challengeSpamCostsADepositEachAndChangesNothing() {
        LocalLifecycle w = Fixture.world(4);
        Hash spammerOwn = registerOk(w, "mallory", "esp2", Fixture.png(Fixture.image(40)));
        Hash victim = registerOk(w, "alice", "esp1", Fixture.png(Fixture.image(41)));
        long before = w.ledger().balance(w.party("mallory").address());
        for (int i = 0; i < 50; i++) {
            assertThat(w.challenge(w.party("mallory"), spammerOwn, victim).orElseThrow().outcome())
                    .isEqualTo(ChallengeVerdict.Outcome.FAILED);
        }
        assertThat(before - w.ledger().balance(w.party("mallory").address())).isEqualTo(50 * Fixture.D);
        assertThat(w.app().challengePool()).isEqualTo(50 * Fixture.D);
        assertThat(w.app().product(victim).orElseThrow().state()).isEqualTo(ProductRecord.State.ACTIVE);
    }

    /** A4: a challenger who does not own the original, or whose signature is forged, is refused; nothing is locked. */
    @Test
    void onlyTheOwnerMayChallengeAndForgedSignaturesAreRefused() {
        LocalLifecycle w = Fixture.world(5);
        BufferedImage orig = Fixture.image(5);
        Hash original = registerOk(w, "alice", "esp1", Fixture.png(orig));
        Hash copy = registerOk(w, "mallory", "esp2", Fixture.jpegCopy(orig));
        long bob = w.ledger().balance(w.party("bob").address());
        assertThat(w.challenge(w.party("bob"), original, copy)).isEmpty();
        assertThat(w.ledger().balance(w.party("bob").address())).isEqualTo(bob);
        // forgery: bob's transaction claiming alice as sender (alice's key never signed it)
        Transaction real = w.party("alice").raw(io.aigcnet.chain.crypto.Address.NONE, 50, Fixture.D,
                new LifecycleOp.Challenge(original, copy));
        Transaction forged = forge(real, w.party("bob"));
        assertThat(w.ledger().submit(forged).ok()).isFalse();
        assertThat(w.app().product(copy).orElseThrow().state()).isEqualTo(ProductRecord.State.ACTIVE);
    }

    /** Re-signs {@code tx}'s body with another key but keeps the claimed sender: a forged signature. */
    static Transaction forge(Transaction tx, Party signer) {
        byte[] enc = tx.encode();
        io.aigcnet.chain.crypto.Signature s = io.aigcnet.chain.crypto.SignatureScheme.ed25519().sign(signer.keys(), tx.id().toBytes());
        byte[] sb = s.toBytes();
        System.arraycopy(sb, 0, enc, enc.length - sb.length, sb.length);
        try {
            return Transaction.decode(new io.aigcnet.chain.codec.ByteReader(enc));
        } catch (io.aigcnet.chain.codec.DecodeException e) {
            throw new AssertionError(e);
        }
    }

    /** A5: an ESP sells one generation twice; the later registration is removed. */
    @Test
    void anEspDoubleSellingOneGenerationLosesTheLaterCopy() {
        LocalLifecycle w = Fixture.world(6);
        byte[] png = Fixture.png(Fixture.image(6));
        Hash first = registerOk(w, "alice", "esp2", png);
        Hash second = registerOk(w, "bob", "esp2", png);
        ChallengeVerdict v = w.challenge(w.party("alice"), first, second).orElseThrow();
        assertThat(v.outcome()).isEqualTo(ChallengeVerdict.Outcome.SUCCEEDED);
        assertThat(v.distanceBits()).isZero();
        assertThat(w.app().product(second).orElseThrow().state()).isEqualTo(ProductRecord.State.REMOVED);
    }

    /** A6: a copier who sees k and packs its claim first still has the later priority (its GEN_OPEN came later). */
    @Test
    void frontRunningTheClaimDoesNotWinPriority() {
        LocalLifecycle w = Fixture.world(7);
        byte[] png = Fixture.png(Fixture.image(7));
        Party alice = w.party("alice");
        Party esp = w.party("esp1");
        SealedContent s = SealedContent.seal(png, "p", w.rng());
        w.storage().put(s.sealed());
        Transaction honestOpen = alice.genOpen(esp.address(), Fixture.PRICE, w.lockIn(s.lockHash(), 60), s.cipherRef(), s.promptCommitment());
        assertThat(w.ledger().submit(honestOpen).ok()).isTrue();
        // mallory copies the content (as if seen once k is public) and registers it; her claim executes first
        Registration copy = w.register(w.party("mallory"), w.party("esp2"), png, "p", 1);
        assertThat(w.ledger().submit(esp.genClaim(honestOpen.id(), s.key())).ok()).isTrue();
        Hash honest = io.aigcnet.lifecycle.registry.LifecycleApp.productIdOf(honestOpen.id());
        ChallengeVerdict v = w.challenge(alice, honest, copy.productId().orElseThrow()).orElseThrow();
        assertThat(v.outcome()).isEqualTo(ChallengeVerdict.Outcome.SUCCEEDED);
    }

    /** A7: an ESP that claims with a wrong key or over corrupted content is refused; the producer refunds at T. */
    @Test
    void wrongKeyOrCorruptContentIsRefusedAndTheProducerRefunds() {
        LocalLifecycle w = Fixture.world(8);
        Party alice = w.party("alice");
        Party esp = w.party("esp1");
        byte[] png = Fixture.png(Fixture.image(8));
        SealedContent s = SealedContent.seal(png, "p", w.rng());
        w.storage().put(s.sealed());
        Transaction open = alice.genOpen(esp.address(), Fixture.PRICE, w.lockIn(s.lockHash(), 10), s.cipherRef(), s.promptCommitment());
        assertThat(w.ledger().submit(open).ok()).isTrue();
        byte[] wrong = s.key().clone();
        wrong[0] ^= 1;
        assertThat(w.ledger().submit(esp.genClaim(open.id(), wrong)).ok()).isFalse();
        byte[] corrupt = s.sealed().clone();
        corrupt[corrupt.length - 1] ^= 1;
        w.storage().corrupt(s.cipherRef(), corrupt);
        assertThat(w.ledger().submit(esp.genClaim(open.id(), s.key())).ok()).isFalse();
        // the producer cannot refund early, then can
        assertThat(w.ledger().submit(alice.genRefund(open.id())).ok()).isFalse();
        w.idle(10);
        long before = w.ledger().balance(alice.address());
        assertThat(w.ledger().submit(alice.genRefund(open.id())).ok()).isTrue();
        assertThat(w.ledger().balance(alice.address()) - before).isEqualTo(Fixture.PRICE);
        assertThat(w.app().products()).isEmpty();
        // and the ESP can no longer claim even with the right content
        w.storage().corrupt(s.cipherRef(), s.sealed());
        assertThat(w.ledger().submit(esp.genClaim(open.id(), s.key())).ok()).isFalse();
    }

    /** A11: there is no operation that sets an owner; an unknown operation code does not decode. */
    @Test
    void thereIsNoOwnerSettingOperation() {
        LocalLifecycle w = Fixture.world(9);
        Party m = w.party("mallory");
        byte[] payload = new byte[1 + 32 + 32];
        payload[0] = 9;
        Transaction tx = Transaction.sign(io.aigcnet.chain.tx.TxType.APP, m.keys(), m.address(), 1, 0, 0, payload,
                io.aigcnet.chain.crypto.SignatureScheme.ed25519());
        Verdict v = w.ledger().submit(tx);
        assertThat(v.ok()).isFalse();
        assertThat(v.detail()).contains("unknown lifecycle operation");
    }

    /** A12: the same transaction again, an old nonce, and a reused hash lock are all refused. */
    @Test
    void replaysAreRefused() {
        LocalLifecycle w = Fixture.world(10);
        Party alice = w.party("alice");
        Party esp = w.party("esp1");
        byte[] png = Fixture.png(Fixture.image(10));
        SealedContent s = SealedContent.seal(png, "p", w.rng());
        w.storage().put(s.sealed());
        Transaction open = alice.genOpen(esp.address(), Fixture.PRICE, w.lockIn(s.lockHash(), 60), s.cipherRef(), s.promptCommitment());
        assertThat(w.ledger().submit(open).ok()).isTrue();
        assertThat(w.ledger().submit(open).ok()).isFalse();
        // a new transaction at the used nonce
        Transaction sameNonce = alice.raw(esp.address(), open.nonce(), Fixture.PRICE,
                new LifecycleOp.GenOpen(w.lockIn(HashLock.lockOf(HashLock.newPreimage(w.rng())), 60), s.cipherRef(), s.promptCommitment()));
        assertThat(w.ledger().submit(sameNonce).ok()).isFalse();
        // a second contract under the same hash lock
        Transaction reuse = alice.genOpen(esp.address(), Fixture.PRICE, w.lockIn(s.lockHash(), 60), s.cipherRef(), s.promptCommitment());
        assertThat(w.ledger().submit(reuse).ok()).isFalse();
        Transaction claim = esp.genClaim(open.id(), s.key());
        assertThat(w.ledger().submit(claim).ok()).isTrue();
        assertThat(w.ledger().submit(claim).ok()).isFalse();
        assertThat(w.app().products()).hasSize(1);
    }

    /** A13: a Sybil copying and challenging itself gains at most the pool; nothing is minted for it. */
    @Test
    void sybilRewardFarmingIsBoundedByThePool() {
        long pool = 15 * LocalLifecycle.TOKEN;
        LocalLifecycle w = Fixture.world(11, pool);
        Party m = w.party("mallory");
        Party sybil = w.party("carol");
        long start = w.ledger().balance(m.address()) + w.ledger().balance(sybil.address());
        long gained = 0;
        for (int i = 0; i < 4; i++) {
            BufferedImage img = Fixture.image(100 + i);
            Hash a = registerOk(w, "mallory", "esp1", Fixture.png(img));
            Hash b = registerOk(w, "carol", "esp1", Fixture.jpegCopy(img));
            gained += w.challenge(m, a, b).orElseThrow().rewardPaid();
        }
        assertThat(gained).isEqualTo(pool);
        long end = w.ledger().balance(m.address()) + w.ledger().balance(sybil.address());
        // they paid 8 generations and gained at most the pool
        assertThat(end - start).isEqualTo(pool - 8 * Fixture.PRICE);
        assertThat(w.app().challengePool()).isZero();
    }

    @Test
    void aChallengeMustLockExactlyTheDeposit() {
        LocalLifecycle w = Fixture.world(12);
        BufferedImage orig = Fixture.image(12);
        Hash original = registerOk(w, "alice", "esp1", Fixture.png(orig));
        Hash copy = registerOk(w, "mallory", "esp2", Fixture.jpegCopy(orig));
        assertThat(w.ledger().submit(w.party("alice").challenge(original, copy, Fixture.D - 1)).ok()).isFalse();
        assertThat(w.app().verdicts()).isEmpty();
    }
}

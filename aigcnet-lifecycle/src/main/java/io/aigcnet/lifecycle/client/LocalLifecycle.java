package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.consensus.ChainMode;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.CachedVerification;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.registry.ChallengeVerdict;
import io.aigcnet.lifecycle.registry.Htlc;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import io.aigcnet.lifecycle.registry.LifecycleParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The lifecycle's whole protocol on a {@link LocalLedger} in the survey's chain mode (FCFS, no fees, a
 * block reward): parties, the storage chain, and the register / challenge / trade flows as clients run them.
 */
public final class LocalLifecycle {
    /** One token in minor units. */
    public static final long TOKEN = 1_000_000L;
    public static final long BLOCK_NANOS = 5_000_000_000L;
    public static final int TIMELOCK_BLOCKS = 60;

    private final LocalLedger ledger;
    private final MemoryContentStore storage;
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final UniformRandomProvider rng;

    /** Outcome of a registration: the generation contract and, if claimed, the product. */
    public record Registration(Hash htlcId, Optional<Hash> productId, Verdict open, Verdict claim, SealedContent sealed) {
    }

    public LocalLifecycle(List<String> names, long balance, LifecycleParams params, long blockReward, UniformRandomProvider rng) {
        this.rng = rng;
        this.storage = new MemoryContentStore();
        Map<Address, Long> balances = new LinkedHashMap<>();
        SignatureScheme scheme = new CachedVerification(SignatureScheme.ed25519(), 1 << 14);
        for (String n : names) {
            Party p = new Party(n, KeyPair.generate(rng), scheme);
            parties.put(n, p);
            balances.put(p.address(), balance);
        }
        KeyPair producerNode = KeyPair.generate(rng);
        ChainParams base = new ChainParams(List.of(producerNode.address()), balances, 0, BLOCK_NANOS, 2000, 0, scheme,
                SignatureScheme.ed25519());
        this.ledger = new LocalLedger(ChainMode.FCFS_NO_FEE.apply(base, blockReward), new LifecycleApp(params, storage),
                producerNode.address());
    }

    public Party party(String name) {
        Party p = parties.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no party '" + name + "'; known: " + parties.keySet());
        }
        return p;
    }

    public LocalLedger ledger() {
        return ledger;
    }

    public LifecycleApp app() {
        return ledger.app();
    }

    public MemoryContentStore storage() {
        return storage;
    }

    public UniformRandomProvider rng() {
        return rng;
    }

    public HashLock lockIn(Hash lockHash, int blocks) {
        return new HashLock(lockHash, ledger.timeAt(ledger.height()) + blocks * BLOCK_NANOS);
    }

    /** The ESP seals and stores the content; the producer opens the contract; the ESP claims with the key. */
    public Registration register(Party producer, Party esp, byte[] image, String prompt, long price) {
        SealedContent s = SealedContent.seal(image, prompt, rng);
        storage.put(s.sealed());
        Transaction open = producer.genOpen(esp.address(), price, lockIn(s.lockHash(), TIMELOCK_BLOCKS), s.cipherRef(), s.promptCommitment());
        Verdict vo = ledger.submit(open);
        Verdict vc = vo.ok() ? ledger.submit(esp.genClaim(open.id(), s.key())) : vo;
        Optional<Hash> product = vc.ok() ? Optional.of(LifecycleApp.productIdOf(open.id())) : Optional.empty();
        return new Registration(open.id(), product, vo, vc, s);
    }

    /** A challenge; the verdict if it executed, else empty (refused: nothing locked). */
    public Optional<ChallengeVerdict> challenge(Party challenger, Hash original, Hash accused) {
        Transaction tx = challenger.challenge(original, accused, app().params().challengeDeposit());
        Verdict v = ledger.submit(tx);
        return v.ok() ? app().verdict(tx.id()) : Optional.empty();
    }

    /** An honest trade, all four steps; returns the trade's final state. */
    public Htlc trade(Party seller, Party buyer, Hash product, long price) {
        byte[] secret = HashLock.newPreimage(rng);
        Transaction open = seller.tradeOpen(product, buyer.address(), price, lockIn(HashLock.lockOf(secret), TIMELOCK_BLOCKS));
        if (!ledger.submit(open).ok()) {
            throw new IllegalStateException("trade open refused");
        }
        ledger.submit(buyer.tradeFund(open.id(), price));
        ledger.submit(seller.tradeClaim(open.id(), secret));
        return app().htlc(open.id()).orElseThrow();
    }

    /** Produces {@code n} empty blocks (time passes). */
    public void idle(int n) {
        for (int i = 0; i < n; i++) {
            ledger.block(List.of());
        }
    }

    public List<Party> parties() {
        return new ArrayList<>(parties.values());
    }
}

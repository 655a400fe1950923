package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.app.AppBlock;
import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.image.Fingerprint;
import io.aigcnet.lifecycle.image.Fingerprinter;
import io.aigcnet.lifecycle.image.ImageFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Proof-of-AIGC registry as the anchor chain's application: one instance per node, rebuilt by the
 * node's replay after a restart. Queries are safe from other threads (HTTP).
 */
public final class LifecycleApp implements AppExecutor {
    /** What validators learn by opening sealed content with a revealed key. */
    record Opened(Hash contentHash, Fingerprint fingerprint) {
    }

    private final LifecycleParams params;
    private final ContentSource content;
    private final RegistryState state;
    // opening and fingerprinting is a pure function of (cipherRef, key): building and checking a block on
    // the same node need not do it twice
    private final Map<String, Optional<Opened>> openCache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<Opened>> e) {
            return size() > 256;
        }
    };
    private long claimsOpened;

    public LifecycleApp(LifecycleParams params, ContentSource content) {
        this.params = params;
        this.content = content;
        this.state = new RegistryState(params.initialPool());
    }

    public LifecycleParams params() {
        return params;
    }

    @Override
    public Verdict admit(Transaction tx) {
        LifecycleOp op;
        try {
            op = LifecycleOp.decode(tx.payload());
        } catch (DecodeException e) {
            return Verdict.reject(Reason.BAD_PAYLOAD, "lifecycle payload: " + e.getMessage());
        }
        boolean carriesValue = op instanceof LifecycleOp.GenOpen || op instanceof LifecycleOp.Challenge
                || op instanceof LifecycleOp.TradeFund;
        if (!carriesValue && tx.value() != 0) {
            // value of an APP transaction is escrowed: only the operations that escrow may carry it
            return Verdict.reject(Reason.BAD_PAYLOAD, "this lifecycle operation moves no value, got " + tx.value());
        }
        boolean needsCounterparty = op instanceof LifecycleOp.GenOpen || op instanceof LifecycleOp.TradeOpen;
        if (needsCounterparty && (tx.receiver().isNone() || tx.receiver().equals(tx.sender()))) {
            return Verdict.reject(Reason.BAD_PAYLOAD, "the receiver must name the ESP or buyer");
        }
        return Verdict.OK;
    }

    @Override
    public AppBlock begin(BlockContext ctx) {
        return new LifecycleBlock(this, state, params, ctx);
    }

    synchronized Optional<Opened> open(Hash cipherRef, byte[] key) {
        String k = cipherRef.hex() + java.util.HexFormat.of().formatHex(key);
        Optional<Opened> cached = openCache.get(k);
        if (cached != null) {
            return cached;
        }
        Optional<Opened> r = content.fetch(cipherRef)
                .filter(sealed -> Sha256.hash(sealed).equals(cipherRef))
                .flatMap(sealed -> ContentSeal.open(key, sealed))
                .flatMap(plain -> {
                    try {
                        return Optional.of(new Opened(Sha256.hash(plain), Fingerprinter.of(ImageFiles.decode(plain, "content"))));
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
        claimsOpened++;
        openCache.put(k, r);
        return r;
    }

    // ---- queries -----------------------------------------------------------------------------------

    public Optional<ProductRecord> product(Hash id) {
        synchronized (state) {
            return Optional.ofNullable(state.products.get(id));
        }
    }

    /** All products in registration order. */
    public List<ProductRecord> products() {
        synchronized (state) {
            List<ProductRecord> out = new ArrayList<>();
            state.productOrder.forEach(id -> out.add(state.products.get(id)));
            return out;
        }
    }

    public Optional<Htlc> htlc(Hash id) {
        synchronized (state) {
            return Optional.ofNullable(state.htlcs.get(id));
        }
    }

    public List<Htlc> htlcs() {
        synchronized (state) {
            List<Htlc> out = new ArrayList<>();
            state.htlcOrder.forEach(id -> out.add(state.htlcs.get(id)));
            return out;
        }
    }

    public Optional<ChallengeVerdict> verdict(Hash challengeId) {
        synchronized (state) {
            return Optional.ofNullable(state.verdicts.get(challengeId));
        }
    }

    public List<ChallengeVerdict> verdicts() {
        synchronized (state) {
            List<ChallengeVerdict> out = new ArrayList<>();
            state.verdictOrder.forEach(id -> out.add(state.verdicts.get(id)));
            return out;
        }
    }

    /** The trades of a product and the verdicts naming it, with its record. */
    public Optional<History> history(Hash productId) {
        synchronized (state) {
            ProductRecord p = state.products.get(productId);
            if (p == null) {
                return Optional.empty();
            }
            List<Htlc> trades = htlcs().stream().filter(h -> h.kind() == Htlc.Kind.TRADE && h.productId().equals(productId)).toList();
            List<ChallengeVerdict> vs = verdicts().stream()
                    .filter(v -> v.originalId().equals(productId) || v.accusedId().equals(productId)).toList();
            return Optional.of(new History(p, trades, vs));
        }
    }

    /** A product's full story. */
    public record History(ProductRecord product, List<Htlc> trades, List<ChallengeVerdict> verdicts) {
    }

    public long challengePool() {
        synchronized (state) {
            return state.pool;
        }
    }

    public long depositsForfeited() {
        synchronized (state) {
            return state.depositsForfeited;
        }
    }

    public long rewardsPaid() {
        synchronized (state) {
            return state.rewardsPaid;
        }
    }

    /** Funds held by open generation contracts and funded trades. */
    public long escrowed() {
        synchronized (state) {
            long s = 0;
            for (Htlc h : state.htlcs.values()) {
                if ((h.kind() == Htlc.Kind.GENERATION && h.state() == Htlc.State.OPEN)
                        || (h.kind() == Htlc.Kind.TRADE && h.state() == Htlc.State.FUNDED)) {
                    s += h.amount();
                }
            }
            return s;
        }
    }

    /** The product a generation contract registers when claimed. */
    public static Hash productIdOf(Hash generationHtlcId) {
        return LifecycleBlock.productIdOf(generationHtlcId);
    }

    public long claimsOpened() {
        return claimsOpened;
    }

    /** Registered owners per address (for tests and reports). */
    public long productsOwnedBy(Address a) {
        return products().stream().filter(p -> p.state() != ProductRecord.State.REMOVED && p.owner().equals(a)).count();
    }
}

package io.aigcnet.lifecycle.registry;

import io.aigcnet.chain.app.AppBlock;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.registry.LifecycleApp.Opened;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One block's execution of lifecycle transactions on a scratch layer over the committed registry. Every
 * check comes before the first write, so a rejected transaction changes nothing.
 */
final class LifecycleBlock implements AppBlock {
    private static final byte[] PRODUCT_TAG = "aigc/product".getBytes(StandardCharsets.US_ASCII);

    private final LifecycleApp app;
    private final RegistryState base;
    private final LifecycleParams params;
    private final BlockContext ctx;
    private final Layer<Hash, ProductRecord> products;
    private final Layer<Hash, Htlc> htlcs;
    private final Layer<Hash, Boolean> usedLocks;
    private final Layer<Hash, Hash> openTrade;
    private final Layer<Hash, ChallengeVerdict> verdicts;
    private final List<Hash> newProducts = new ArrayList<>();
    private final List<Hash> newHtlcs = new ArrayList<>();
    private final List<Hash> newVerdicts = new ArrayList<>();
    private long pool;
    private long forfeited;
    private long rewards;
    private int index;

    LifecycleBlock(LifecycleApp app, RegistryState base, LifecycleParams params, BlockContext ctx) {
        this.app = app;
        this.base = base;
        this.params = params;
        this.ctx = ctx;
        this.products = new Layer<>(base.products);
        this.htlcs = new Layer<>(base.htlcs);
        this.usedLocks = new Layer<>(base.usedLocks);
        this.openTrade = new Layer<>(base.openTradeByProduct);
        this.verdicts = new Layer<>(base.verdicts);
        this.pool = base.pool;
        this.forfeited = base.depositsForfeited;
        this.rewards = base.rewardsPaid;
    }

    /** The product id a generation HTLC will register: SHA-256("aigc/product" || htlcId). */
    static Hash productIdOf(Hash htlcId) {
        return Sha256.hash(PRODUCT_TAG, htlcId.toBytes());
    }

    private static Verdict no(String why) {
        return Verdict.reject(Reason.APP_REJECTED, why);
    }

    @Override
    public Verdict execute(Transaction tx, LedgerState ledger) {
        LifecycleOp op;
        try {
            op = LifecycleOp.decode(tx.payload());
        } catch (DecodeException e) {
            return Verdict.reject(Reason.BAD_PAYLOAD, "lifecycle payload: " + e.getMessage());
        }
        Verdict v;
        if (op instanceof LifecycleOp.GenOpen o) {
            v = genOpen(tx, o);
        } else if (op instanceof LifecycleOp.GenClaim o) {
            v = genClaim(tx, o, ledger);
        } else if (op instanceof LifecycleOp.GenRefund o) {
            v = genRefund(tx, o, ledger);
        } else if (op instanceof LifecycleOp.Challenge o) {
            v = challenge(tx, o, ledger);
        } else if (op instanceof LifecycleOp.TradeOpen o) {
            v = tradeOpen(tx, o);
        } else if (op instanceof LifecycleOp.TradeFund o) {
            v = tradeFund(tx, o);
        } else if (op instanceof LifecycleOp.TradeClaim o) {
            v = tradeClaim(tx, o, ledger);
        } else {
            v = tradeRefund(tx, (LifecycleOp.TradeRefund) op, ledger);
        }
        if (v.ok()) {
            index++;
        }
        return v;
    }

    private Verdict checkLock(HashLock lock) {
        if (lock.expiresAtNanos() <= ctx.timeNanos()) {
            return no("time lock " + lock.expiresAtNanos() + " ns is not after the block time " + ctx.timeNanos());
        }
        if (lock.expiresAtNanos() - ctx.timeNanos() > params.maxTimelockNanos()) {
            return no("time lock exceeds the maximum of " + params.maxTimelockNanos() + " ns");
        }
        // a reused hash lock would let a secret revealed for one contract claim another
        if (usedLocks.has(lock.lockHash())) {
            return no("hash lock " + lock.lockHash() + " was used before");
        }
        return Verdict.OK;
    }

    // ---- generation phase (the proof generation of Proof-of-AIGC) ---------------------------------

    private Verdict genOpen(Transaction tx, LifecycleOp.GenOpen o) {
        Verdict v = checkLock(o.lock());
        if (!v.ok()) {
            return v;
        }
        usedLocks.put(o.lock().lockHash(), Boolean.TRUE);
        Htlc h = new Htlc(tx.id(), Htlc.Kind.GENERATION, tx.sender(), tx.receiver(), tx.value(), o.lock(),
                productIdOf(tx.id()), o.cipherRef(), o.promptCommitment(), ctx.height(), index, Htlc.State.OPEN);
        htlcs.put(h.id(), h);
        newHtlcs.add(h.id());
        return Verdict.OK;
    }

    private Verdict genClaim(Transaction tx, LifecycleOp.GenClaim o, LedgerState ledger) {
        Htlc h = htlcs.get(o.htlcId());
        if (h == null || h.kind() != Htlc.Kind.GENERATION) {
            return no("no generation contract " + o.htlcId());
        }
        if (h.state() != Htlc.State.OPEN) {
            return no("generation contract is " + h.state());
        }
        if (!tx.sender().equals(h.payee())) {
            return no("only the ESP of the contract may claim it");
        }
        if (!h.lock().claimableAt(ctx.timeNanos())) {
            return no("time lock expired; only a refund is possible");
        }
        if (!h.lock().opens(o.key())) {
            return no("the key does not open the hash lock");
        }
        Optional<Opened> opened = app.open(h.cipherRef(), o.key());
        if (opened.isEmpty()) {
            return no("sealed content " + h.cipherRef() + " is unavailable, fails its tag, or is not an image");
        }
        ProductRecord r = new ProductRecord(h.productId(), opened.get().contentHash(), opened.get().fingerprint(),
                h.cipherRef(), h.promptCommitment(), h.payer(), h.payee(), tx.id(), h.openHeight(), h.openIndex(),
                ctx.height(), ctx.timeNanos(), h.amount(), ProductRecord.State.ACTIVE,
                List.of(new OwnershipEntry(h.payer(), ctx.height(), tx.id(), OwnershipEntry.Cause.GENERATED, h.amount())),
                Optional.empty());
        // payment and registration in one transaction: the ESP is paid iff the producer can read the content
        ledger.credit(h.payee(), h.amount());
        htlcs.put(h.id(), h.with(Htlc.State.CLAIMED));
        products.put(r.id(), r);
        newProducts.add(r.id());
        return Verdict.OK;
    }

    private Verdict genRefund(Transaction tx, LifecycleOp.GenRefund o, LedgerState ledger) {
        Htlc h = htlcs.get(o.htlcId());
        if (h == null || h.kind() != Htlc.Kind.GENERATION) {
            return no("no generation contract " + o.htlcId());
        }
        if (h.state() != Htlc.State.OPEN) {
            return no("generation contract is " + h.state());
        }
        if (!tx.sender().equals(h.payer())) {
            return no("only the producer may take a generation refund");
        }
        if (!h.lock().refundableAt(ctx.timeNanos())) {
            return no("time lock not yet expired");
        }
        ledger.credit(h.payer(), h.amount());
        htlcs.put(h.id(), h.with(Htlc.State.REFUNDED));
        return Verdict.OK;
    }

    // ---- challenge: the survey's four steps ----------------------------------------------------------

    private Verdict challenge(Transaction tx, LifecycleOp.Challenge o, LedgerState ledger) {
        if (tx.value() != params.challengeDeposit()) {
            return no("a challenge locks the pledge deposit " + params.challengeDeposit() + " as value, got " + tx.value());
        }
        // step 1: fetch the proofs
        ProductRecord orig = products.get(o.originalId());
        ProductRecord accused = products.get(o.accusedId());
        if (orig == null || accused == null || o.originalId().equals(o.accusedId())) {
            return no("both products must exist and differ");
        }
        if (orig.state() == ProductRecord.State.REMOVED || accused.state() == ProductRecord.State.REMOVED) {
            return no("a removed product can neither accuse nor be accused");
        }
        // step 2: verify the challenger's identity (the signature was verified on admission)
        if (!tx.sender().equals(orig.owner())) {
            return no("only the current owner of the original may challenge");
        }
        if (tx.sender().equals(accused.owner())) {
            return no("the challenger owns the accused product");
        }
        // step 3: measure the similarity (validator-computed fingerprints)
        int distance = orig.fingerprint().distance(accused.fingerprint());
        // step 4: check the results
        boolean first = orig.precedes(accused);
        boolean success = first && distance <= params.thresholdBits();
        long reward = 0;
        if (success) {
            reward = Math.min(params.challengeReward(), pool);
            pool -= reward;
            rewards += reward;
            ledger.credit(tx.sender(), Math.addExact(tx.value(), reward));
            Hash trade = openTrade.get(accused.id());
            if (trade != null) {
                Htlc t = htlcs.get(trade);
                if (t.state() == Htlc.State.FUNDED) {
                    ledger.credit(t.payer(), t.amount());
                }
                htlcs.put(trade, t.with(Htlc.State.ABORTED));
                openTrade.remove(accused.id());
            }
            products.put(accused.id(), accused.removed(tx.id()));
        } else {
            pool = Math.addExact(pool, tx.value());
            forfeited += tx.value();
        }
        ChallengeVerdict verdict = new ChallengeVerdict(tx.id(), orig.id(), accused.id(), tx.sender(), distance,
                params.thresholdBits(), first, success ? ChallengeVerdict.Outcome.SUCCEEDED : ChallengeVerdict.Outcome.FAILED,
                tx.value(), reward, ctx.height());
        verdicts.put(tx.id(), verdict);
        newVerdicts.add(tx.id());
        return Verdict.OK;
    }

    // ---- trading phase ----------------------------------------------------------------------------

    private Verdict tradeOpen(Transaction tx, LifecycleOp.TradeOpen o) {
        ProductRecord p = products.get(o.productId());
        if (p == null) {
            return no("no product " + o.productId());
        }
        if (p.state() != ProductRecord.State.ACTIVE) {
            return no("product is " + p.state() + "; only an active product can be offered");
        }
        if (!tx.sender().equals(p.owner())) {
            return no("only the current owner may sell");
        }
        if (tx.receiver().equals(tx.sender())) {
            return no("seller and buyer must differ");
        }
        Verdict v = checkLock(o.lock());
        if (!v.ok()) {
            return v;
        }
        usedLocks.put(o.lock().lockHash(), Boolean.TRUE);
        Htlc h = new Htlc(tx.id(), Htlc.Kind.TRADE, tx.receiver(), tx.sender(), o.price(), o.lock(), p.id(), Hash.ZERO,
                Hash.ZERO, ctx.height(), index, Htlc.State.OPEN);
        htlcs.put(h.id(), h);
        newHtlcs.add(h.id());
        openTrade.put(p.id(), h.id());
        products.put(p.id(), p.withState(ProductRecord.State.LOCKED));
        return Verdict.OK;
    }

    private Htlc trade(Hash id) {
        Htlc h = htlcs.get(id);
        return h != null && h.kind() == Htlc.Kind.TRADE ? h : null;
    }

    private Verdict tradeFund(Transaction tx, LifecycleOp.TradeFund o) {
        Htlc h = trade(o.tradeId());
        if (h == null) {
            return no("no trade " + o.tradeId());
        }
        if (h.state() != Htlc.State.OPEN) {
            return no("trade is " + h.state());
        }
        if (!tx.sender().equals(h.payer())) {
            return no("only the named buyer may fund the trade");
        }
        if (tx.value() != h.amount()) {
            return no("funding must escrow the price " + h.amount() + ", got " + tx.value());
        }
        if (!h.lock().claimableAt(ctx.timeNanos())) {
            return no("time lock expired");
        }
        htlcs.put(h.id(), h.with(Htlc.State.FUNDED));
        return Verdict.OK;
    }

    private Verdict tradeClaim(Transaction tx, LifecycleOp.TradeClaim o, LedgerState ledger) {
        Htlc h = trade(o.tradeId());
        if (h == null) {
            return no("no trade " + o.tradeId());
        }
        if (h.state() != Htlc.State.FUNDED) {
            return no("trade is " + h.state() + "; only a funded trade can be claimed");
        }
        if (!tx.sender().equals(h.payee())) {
            return no("only the seller may claim");
        }
        if (!h.lock().claimableAt(ctx.timeNanos())) {
            return no("time lock expired; only a refund is possible");
        }
        if (!h.lock().opens(o.secret())) {
            return no("the secret does not open the hash lock");
        }
        ProductRecord p = products.get(h.productId());
        if (p.state() != ProductRecord.State.LOCKED || !h.id().equals(openTrade.get(p.id()))) {
            return no("product is no longer locked to this trade");
        }
        // payment and ownership in one transaction
        ledger.credit(h.payee(), h.amount());
        products.put(p.id(), p.traded(new OwnershipEntry(h.payer(), ctx.height(), tx.id(), OwnershipEntry.Cause.TRADED, h.amount())));
        htlcs.put(h.id(), h.with(Htlc.State.CLAIMED));
        openTrade.remove(p.id());
        return Verdict.OK;
    }

    private Verdict tradeRefund(Transaction tx, LifecycleOp.TradeRefund o, LedgerState ledger) {
        Htlc h = trade(o.tradeId());
        if (h == null) {
            return no("no trade " + o.tradeId());
        }
        if (h.state() != Htlc.State.OPEN && h.state() != Htlc.State.FUNDED) {
            return no("trade is " + h.state());
        }
        if (!tx.sender().equals(h.payer()) && !tx.sender().equals(h.payee())) {
            return no("only the buyer or the seller may unwind a trade");
        }
        if (!h.lock().refundableAt(ctx.timeNanos())) {
            return no("time lock not yet expired");
        }
        if (h.state() == Htlc.State.FUNDED) {
            ledger.credit(h.payer(), h.amount());
        }
        ProductRecord p = products.get(h.productId());
        if (p.state() == ProductRecord.State.LOCKED) {
            products.put(p.id(), p.withState(ProductRecord.State.ACTIVE));
        }
        htlcs.put(h.id(), h.with(Htlc.State.REFUNDED));
        openTrade.remove(p.id());
        return Verdict.OK;
    }

    @Override
    public void commit() {
        synchronized (base) {
            products.commit();
            htlcs.commit();
            usedLocks.commit();
            openTrade.commit();
            verdicts.commit();
            base.productOrder.addAll(newProducts);
            base.htlcOrder.addAll(newHtlcs);
            base.verdictOrder.addAll(newVerdicts);
            base.pool = pool;
            base.depositsForfeited = forfeited;
            base.rewardsPaid = rewards;
        }
    }
}

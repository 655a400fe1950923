package io.aigcnet.lifecycle.client;

import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.node.BlockExecution;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Rules;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.lifecycle.registry.LifecycleApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-validator anchor chain without consensus: admission (signature, payload, nonce) and the node's
 * own {@link BlockExecution} per block, block times advancing one interval per block. What the network adds
 * (finality, faults) is tested on the simulated chain; this is for running many seeds fast.
 */
public final class LocalLedger {
    private final ChainParams params;
    private final LifecycleApp app;
    private final LedgerState state = new LedgerState();
    private final TxRule admission;
    private final TxRule execution = Rules.execution();
    private final Address producer;
    private long height;
    private final Map<Hash, Verdict> outcomes = new HashMap<>();
    private long minted;

    public LocalLedger(ChainParams params, LifecycleApp app, Address producer) {
        this.params = params;
        this.app = app;
        this.producer = producer;
        this.admission = Rules.admission(params.txScheme(), params.minFee(), app);
        params.genesisBalances().forEach(state::credit);
    }

    /** Time of the block at {@code h} (slot h, as on a chain where no slot is missed). */
    public long timeAt(long h) {
        return params.slotStart(h);
    }

    /** Time of the next block. */
    public long nextBlockTime() {
        return timeAt(height + 1);
    }

    public long height() {
        return height;
    }

    /**
     * Produces one block from {@code txs} in the given (arrival) order: each is admitted and executed, or
     * dropped with its reason, exactly as a producer packs its pool. Returns the verdict of each.
     */
    public List<Verdict> block(List<Transaction> txs) {
        height++;
        BlockExecution exec = BlockExecution.begin(params, execution, app, state, new BlockContext(height, timeAt(height), producer));
        minted += params.blockReward();
        List<Verdict> out = new ArrayList<>();
        for (Transaction tx : txs) {
            Verdict v = outcomes.containsKey(tx.id()) ? Verdict.reject(io.aigcnet.chain.validation.Reason.DUPLICATE, "already executed")
                    : admission.check(tx, exec.overlay());
            if (v.ok()) {
                v = exec.tryApply(tx);
            }
            if (v.ok()) {
                outcomes.put(tx.id(), v);
            }
            out.add(v);
        }
        exec.commit();
        return out;
    }

    /** One block holding one transaction. */
    public Verdict submit(Transaction tx) {
        return block(List.of(tx)).get(0);
    }

    public long balance(Address a) {
        return state.balance(a);
    }

    public long minted() {
        return minted;
    }

    /** The block producer (receives the block rewards). */
    public Address producer() {
        return producer;
    }

    public LifecycleApp app() {
        return app;
    }

    public ChainParams params() {
        return params;
    }
}

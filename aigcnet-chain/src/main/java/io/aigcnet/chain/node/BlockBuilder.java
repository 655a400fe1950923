package io.aigcnet.chain.node;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.pool.TxPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.TxRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Packs a producer's block: up to S_b executable pool transactions. Across senders the pool's order decides
 * (highest fee first in ProSecutor's pool); within a sender, transactions go in nonce order, so a high fee
 * on a later nonce never pushes the sender's earlier, still pending nonces out of the replay window (see
 * docs/decisions.md, "Packing in nonce order per sender").
 */
final class BlockBuilder {
    private final ChainParams params;
    private final TxRule execution;
    private final KeyPair keys;
    private final AppExecutor app;

    BlockBuilder(ChainParams params, TxRule execution, KeyPair keys, AppExecutor app) {
        this.params = params;
        this.execution = execution;
        this.keys = keys;
        this.app = app;
    }

    /**
     * Builds and signs the block for {@code slot}. Transactions that can no longer execute (nonce used,
     * or not covered by the finalised balance) are dropped from the pool; {@code skip} leading candidates are passed over (fault injection only).
     */
    private static final TxRule COVERED = new io.aigcnet.chain.validation.BalanceRule();

    Block build(long height, long slot, Hash head, Optional<CommitCertificate> lastCommit, List<Evidence> evidence,
            LedgerState state, TxPool pool, int skip, TxDropListener dropped) {
        BlockExecution exec = BlockExecution.begin(params, execution, app,
                state, new BlockContext(height, params.slotStart(slot), keys.address()));
        List<Transaction> txs = new ArrayList<>(Math.min(params.blockCapacity(), pool.size()));
        List<Hash> stale = new ArrayList<>();
        List<Transaction> staleTxs = new ArrayList<>();
        List<io.aigcnet.chain.validation.Verdict> why = new ArrayList<>();
        PriorityQueue<SenderLane> heads = SenderLane.group(pool.inOrder());
        int toSkip = skip;
        while (!heads.isEmpty() && txs.size() < params.blockCapacity()) {
            SenderLane lane = heads.poll();
            Transaction tx = lane.head();
            if (toSkip > 0) {
                toSkip--;
                lane.requeue(heads);
                continue;
            }
            io.aigcnet.chain.validation.Verdict v = exec.tryApply(tx);
            if (v.ok()) {
                txs.add(tx);
                lane.requeue(heads);
            } else if (!state.nonceUsable(tx.sender(), tx.nonce()) || !COVERED.check(tx, state).ok()
                    || tx.type() == TxType.APP) {
                // it can no longer execute: its nonce is used, or the finalised balance no longer covers it; an
                // application transaction the application refuses now is dropped (it had its turn in arrival
                // order); the client sees it never finalise and resubmits
                stale.add(tx.id());
                staleTxs.add(tx);
                why.add(v);
                lane.requeue(heads);
            }
            // otherwise the sender's head cannot execute in this block (e.g. this block already spends the
            // balance that covers it): its later nonces wait too, as they would only jump past it
        }
        stale.forEach(pool::remove);
        for (int i = 0; i < staleTxs.size(); i++) {
            dropped.onDrop(staleTxs.get(i), why.get(i));
        }
        List<Evidence> ev = evidence.size() > Block.MAX_EVIDENCE ? evidence.subList(0, Block.MAX_EVIDENCE) : evidence;
        return Block.produce(height, slot, head, params.slotStart(slot), txs, lastCommit, ev, keys, params.voteScheme());
    }
}

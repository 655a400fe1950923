package io.aigcnet.chain.node;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.pool.TxPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.TxRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** Packs a producer's block: the first S_b executable pool transactions in pool order. */
final class BlockBuilder {
    private final ChainParams params;
    private final TxRule execution;
    private final KeyPair keys;

    BlockBuilder(ChainParams params, TxRule execution, KeyPair keys) {
        this.params = params;
        this.execution = execution;
        this.keys = keys;
    }

    /**
     * Builds and signs the block for {@code slot}. Transactions that can no longer execute (nonce used,
     * or not covered by the finalised balance) are dropped from the pool; {@code skip} leading candidates are passed over (fault injection only).
     */
    private static final TxRule COVERED = new io.aigcnet.chain.validation.BalanceRule();

    Block build(long height, long slot, Hash head, Optional<CommitCertificate> lastCommit, List<Evidence> evidence,
            LedgerState state, TxPool pool, int skip) {
        LedgerState overlay = state.overlay();
        List<Transaction> txs = new ArrayList<>(Math.min(params.blockCapacity(), pool.size()));
        List<Hash> stale = new ArrayList<>();
        Iterator<Transaction> it = pool.inOrder();
        int toSkip = skip;
        while (it.hasNext() && txs.size() < params.blockCapacity()) {
            Transaction tx = it.next();
            if (toSkip > 0) {
                toSkip--;
                continue;
            }
            if (execution.check(tx, overlay).ok()) {
                overlay.apply(tx, keys.address());
                txs.add(tx);
            } else if (!state.nonceUsable(tx.sender(), tx.nonce()) || !COVERED.check(tx, state).ok()) {
                // it can no longer execute: its nonce is used, or the finalised balance no longer covers it
                stale.add(tx.id());
            }
        }
        stale.forEach(pool::remove);
        List<Evidence> ev = evidence.size() > Block.MAX_EVIDENCE ? evidence.subList(0, Block.MAX_EVIDENCE) : evidence;
        return Block.produce(height, slot, head, params.slotStart(slot), txs, lastCommit, ev, keys, params.voteScheme());
    }
}

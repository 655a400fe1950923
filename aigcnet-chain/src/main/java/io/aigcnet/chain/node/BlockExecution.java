package io.aigcnet.chain.node;

import io.aigcnet.chain.app.AppBlock;
import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.validation.Verdict;

/**
 * Executes one block's transactions on scratch copies of the account state and the application state.
 * The one place where a block's effects are defined, shared by building, checking and replay, so the three
 * cannot disagree: the block reward first, then each transaction (execution rules, the application for
 * {@code APP}, then the ledger debit and fee). Public so that tools can run the exact block semantics
 * without consensus (a single-validator ledger for experiments at scale).
 */
public final class BlockExecution {
    private final LedgerState overlay;
    private final AppBlock app;
    private final TxRule execution;
    private final BlockContext ctx;

    private BlockExecution(LedgerState overlay, AppBlock app, TxRule execution, BlockContext ctx) {
        this.overlay = overlay;
        this.app = app;
        this.execution = execution;
        this.ctx = ctx;
    }

    public static BlockExecution begin(ChainParams params, TxRule execution, AppExecutor appExecutor, LedgerState committed,
            BlockContext ctx) {
        LedgerState overlay = committed.overlay();
        if (params.blockReward() > 0) {
            // the survey's ledger-keeping reward: minted to the producer of every block, empty ones included
            overlay.credit(ctx.producer(), params.blockReward());
        }
        return new BlockExecution(overlay, appExecutor.begin(ctx), execution, ctx);
    }

    /** Checks and, if valid, applies {@code tx}; a rejection changes nothing. */
    public Verdict tryApply(Transaction tx) {
        Verdict v = execution.check(tx, overlay);
        if (!v.ok()) {
            return v;
        }
        if (tx.type() == TxType.APP) {
            v = app.execute(tx, overlay);
            if (!v.ok()) {
                return v;
            }
        }
        overlay.apply(tx, ctx.producer());
        return Verdict.OK;
    }

    public LedgerState overlay() {
        return overlay;
    }

    /** Writes both scratch states into the committed ones. */
    public void commit() {
        overlay.commitInto();
        app.commit();
    }
}

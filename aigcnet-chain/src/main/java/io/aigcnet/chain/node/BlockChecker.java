package io.aigcnet.chain.node;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.SuperNodeSet;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.pool.TxPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Reason;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.validation.Verdict;
import java.util.HashSet;
import java.util.Set;

/** Full validity check of a proposed block against the node's finalised head, as small ordered steps. */
final class BlockChecker {
    /** The verdict and, if OK, the block's executed effects, to be committed if it is finalised. */
    record Result(Verdict verdict, BlockExecution execution) {
    }

    private final ChainParams params;
    private final TxRule stateless;
    private final TxRule execution;
    private final AppExecutor app;

    BlockChecker(ChainParams params, TxRule stateless, TxRule execution, AppExecutor app) {
        this.params = params;
        this.stateless = stateless;
        this.execution = execution;
        this.app = app;
    }

    Result check(Block b, long height, Hash head, SuperNodeSet set, LedgerState state, TxPool pool) {
        if (b.height() != height) {
            return bad("height " + b.height() + " != expected " + height);
        }
        if (!b.header().parent().equals(head)) {
            return bad("parent " + b.header().parent() + " is not the finalised head " + head);
        }
        if (!set.proposer(height, b.header().slot()).equals(b.producer())) {
            return bad("producer " + b.producer() + " does not own slot " + b.header().slot());
        }
        if (b.header().timeNanos() != params.slotStart(b.header().slot())) {
            return bad("time does not match slot");
        }
        if (b.txs().size() > params.blockCapacity()) {
            return bad(b.txs().size() + " transactions > capacity " + params.blockCapacity());
        }
        if (!b.verifyIntegrity(params.voteScheme())) {
            return bad("producer signature, tx root or extras hash wrong");
        }
        if (height == 1) {
            if (b.lastCommit().isPresent()) {
                return bad("the first block has no last commit");
            }
        } else {
            CommitCertificate lc = b.lastCommit().orElse(null);
            if (lc == null || lc.height() != height - 1 || !lc.blockHash().equals(head)
                    || !lc.verify(set.setAt(height - 1), params.voteScheme())) {
                return bad("last commit missing or invalid");
            }
        }
        Set<Object> offenders = new HashSet<>();
        for (Evidence e : b.evidence()) {
            if (!e.verify(params.voteScheme()) || !set.isMember(e.offender(), height) || !offenders.add(e.offender())) {
                return bad("invalid or duplicate evidence");
            }
        }
        BlockExecution exec = BlockExecution.begin(params, execution, app, state,
                new BlockContext(height, b.header().timeNanos(), b.producer()));
        Set<Hash> seen = new HashSet<>();
        for (Transaction tx : b.txs()) {
            if (!seen.add(tx.id())) {
                return bad("duplicate transaction " + tx.id());
            }
            // pooled transactions passed the same stateless checks (signature included) on admission
            if (!pool.contains(tx.id())) {
                Verdict v = stateless.check(tx, exec.overlay());
                if (!v.ok()) {
                    return new Result(Verdict.reject(Reason.BAD_BLOCK, "tx " + tx.id() + ": " + v.detail()), null);
                }
            }
            Verdict v = exec.tryApply(tx);
            if (!v.ok()) {
                return new Result(Verdict.reject(Reason.BAD_BLOCK, "tx " + tx.id() + ": " + v.detail()), null);
            }
        }
        return new Result(Verdict.OK, exec);
    }

    private static Result bad(String why) {
        return new Result(Verdict.reject(Reason.BAD_BLOCK, why), null);
    }
}

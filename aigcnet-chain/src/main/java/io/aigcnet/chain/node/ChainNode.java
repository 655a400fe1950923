package io.aigcnet.chain.node;

import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.app.BlockContext;
import io.aigcnet.chain.cost.CpuOps;
import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CommitCertificate;
import io.aigcnet.chain.block.Evidence;
import io.aigcnet.chain.block.Vote;
import io.aigcnet.chain.block.VoteKind;
import io.aigcnet.chain.consensus.ChainParams;
import io.aigcnet.chain.consensus.HeightVotes;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.consensus.SuperNodeSet;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.pool.TxPool;
import io.aigcnet.chain.state.LedgerState;
import io.aigcnet.chain.store.ConsensusJournal;
import io.aigcnet.chain.store.ConsensusRecord;
import io.aigcnet.chain.store.LedgerStore;
import io.aigcnet.chain.store.StoredBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.validation.Rules;
import io.aigcnet.chain.validation.TxRule;
import io.aigcnet.chain.validation.Verdict;
import io.aigcnet.chain.wire.ChainMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One anchor-chain node (super node or full node). Driven entirely by its runtime: slot timers,
 * incoming messages and client submissions. Never throws out of a message handler: malformed or invalid
 * input is counted and dropped.
 */
public final class ChainNode {
    private final KeyPair keys;
    private final ChainParams params;
    private final NodeOptions options;
    private final NodeRuntime<ChainMessage> rt;
    private final Network<ChainMessage> net;
    private final LedgerStore store;
    private final Map<Address, NodeId> directory;
    private final List<NodeId> superPeers = new ArrayList<>();
    private final TxPool pool;
    private final TxIntake intake;
    private final TxRule stateless;
    private final TxRule execution = Rules.execution();
    private final BlockChecker checker;
    private final BlockBuilder builder;
    private final SuperNodeSet superNodes;
    private final AppExecutor app;
    private final LedgerState state = new LedgerState();
    private final List<CommitListener> listeners = new ArrayList<>();
    private final List<TxDropListener> dropListeners = new ArrayList<>();
    private final EvidenceBook evidence;
    private final List<ChainMessage> future = new ArrayList<>();

    private long height;
    private Hash head = Hash.ZERO;
    private Optional<CommitCertificate> lastCommit = Optional.empty();
    private HeightVotes votes;
    private long round = -1;
    private final RoundState rs = new RoundState();
    private boolean behind;
    private NodeId aheadPeer;
    private boolean started;

    private int restoredRecords;
    private long malformed;
    private long syncRequests;

    /**
     * @param directory where each super node is on the network (super nodes vote only among themselves)
     */
    public ChainNode(KeyPair keys, ChainParams params, NodeOptions options, NodeRuntime<ChainMessage> rt, LedgerStore store,
            Map<Address, NodeId> directory) {
        this(keys, params, options, rt, store, directory, AppExecutor.NONE);
    }

    /**
     * @param app this node's instance of the chain's application state machine (executes {@code APP}
     *     transactions; the node replays it from the store on start)
     */
    public ChainNode(KeyPair keys, ChainParams params, NodeOptions options, NodeRuntime<ChainMessage> rt, LedgerStore store,
            Map<Address, NodeId> directory, AppExecutor app) {
        this.keys = keys;
        this.app = app;
        this.params = params;
        this.options = options;
        this.rt = rt;
        this.net = rt.network();
        this.store = store;
        this.directory = Map.copyOf(directory);
        this.pool = TxPool.create(options.poolOrdering(), options.poolCapacity());
        this.intake = new TxIntake(pool, Rules.admission(params.txScheme(), params.minFee(), app), options.clientLimit(),
                params.superNodes().size());
        this.stateless = Rules.admission(params.txScheme(), params.minFee(), app);
        this.checker = new BlockChecker(params, stateless, execution, app);
        this.builder = new BlockBuilder(params, execution, keys, app);
        this.superNodes = new SuperNodeSet(params.superNodes());
        this.evidence = new EvidenceBook(superNodes);
        for (Address a : params.superNodes()) {
            NodeId id = directory.get(a);
            if (id != null && !id.equals(net.self())) {
                superPeers.add(id);
            }
        }
        superPeers.sort(null);
    }

    public void addListener(CommitListener l) {
        listeners.add(l);
    }

    /** Told about every pool transaction this node drops because it can no longer execute. */
    public void addDropListener(TxDropListener l) {
        dropListeners.add(l);
    }

    /** Rebuilds state from the store, then starts slot and gossip timers and message handling. */
    public void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        params.genesisBalances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> state.credit(e.getKey(), e.getValue()));
        for (long h = 1; h <= store.height(); h++) {
            StoredBlock sb = store.get(h).orElseThrow(() -> new IllegalStateException("store has a gap"));
            replay(sb.block(), sb.certificate());
        }
        height = store.height() + 1;
        votes = new HeightVotes(height);
        restoreJournal();
        net.onReceive(this::onMessage);
        // a restarted node joins at the next slot boundary so it cannot vote twice in the slot it crashed in
        long slot = params.slotAt(rt.clock().nanos()) + 1;
        rt.scheduler().schedule(Math.max(0, params.slotStart(slot) - rt.clock().nanos()), () -> onSlot(slot));
        rt.scheduler().schedule(options.gossipIntervalNanos(), this::flushOutbox);
    }

    /**
     * Takes back what this node signed for the current height before a crash, and its lock: it re-sends
     * those statements and never signs one that conflicts with them, so a restarted super node is a correct
     * validator again, not one of the f faulty ones.
     */
    private void restoreJournal() {
        ConsensusJournal journal = store.journal();
        for (ConsensusRecord r : journal.load(height)) {
            round = Math.max(round, r.round());
            if (r instanceof ConsensusRecord.OwnProposal p) {
                votes.addBlock(p.block());
                votes.add(p.proposal());
            } else if (r instanceof ConsensusRecord.OwnVote v) {
                votes.add(v.vote());
                rs.voted(v.vote().kind(), v.vote().round());
            } else if (r instanceof ConsensusRecord.Lock l) {
                votes.addBlock(l.block());
                rs.restoreLock(l.round(), l.block());
            }
        }
        restoredRecords = journal.load(height).size();
    }

    private void replay(Block b, CommitCertificate cert) {
        BlockExecution exec = BlockExecution.begin(params, execution, app, state,
                new BlockContext(b.height(), b.header().timeNanos(), b.producer()));
        for (Transaction tx : b.txs()) {
            Verdict v = exec.tryApply(tx);
            if (!v.ok()) {
                // every stored block executed when it was finalised: a failure means the store was altered
                throw new IllegalStateException("stored block " + b.height() + " fails replay at tx " + tx.id() + ": " + v.detail());
            }
        }
        exec.commit();
        evidence.apply(b);
        head = b.hash();
        lastCommit = Optional.of(cert);
    }

    // ---- client side -------------------------------------------------------------------------

    /** Whether a whole client batch can be refused before it is even decoded: the pool is at its client limit. */
    public boolean shedsClients() {
        return intake.clientRoom() == 0;
    }

    /**
     * The transactions of a client batch that the pool could still take, in order (not pooled yet, and a free
     * slot or a fee above the cheapest entry for each). Only these are worth a signature check: under overload
     * the rest are refused for space before any CPU is spent on them.
     */
    public List<Transaction> worthChecking(List<Transaction> batch) {
        List<Transaction> out = new ArrayList<>(batch.size());
        int free = Math.min(intake.clientRoom(), options.clientLimit() - pool.size());
        for (Transaction tx : batch) {
            if (pool.contains(tx.id())) {
                continue;
            }
            if (free > 0) {
                free--;
                out.add(tx);
            } else if (options.clientLimit() >= pool.capacity() && pool.hasRoomFor(tx)) {
                out.add(tx); // a full fee-priority pool still takes a higher fee (it evicts the cheapest)
            }
        }
        return out;
    }

    /** Admits a client transaction; admitted ones are forwarded to the super nodes in the next batch. */
    public Verdict submit(Transaction tx) {
        rt.cpu().charge(CpuOps.VERIFY);
        rt.cpu().charge(CpuOps.HASH);
        return intake.submit(tx, state);
    }

    private void flushOutbox() {
        intake.flush(net, superPeers);
        rt.scheduler().schedule(options.gossipIntervalNanos(), this::flushOutbox);
    }

    // ---- messages ----------------------------------------------------------------------------

    private void onMessage(NodeId from, ChainMessage m) {
        try {
            dispatch(from, m);
        } catch (RuntimeException e) {
            // a peer's garbage must never take the node down
            malformed++;
        }
    }

    private void dispatch(NodeId from, ChainMessage m) {
        if (m instanceof ChainMessage.TxBatch b) {
            rt.cpu().charge(CpuOps.VERIFY, b.txs().size());
            rt.cpu().charge(CpuOps.HASH, b.txs().size());
            for (Transaction tx : b.txs()) {
                intake.admit(tx, state);
            }
        } else if (m instanceof ChainMessage.Proposal p) {
            onProposal(from, p);
        } else if (m instanceof ChainMessage.VoteMsg v) {
            onVote(from, v.vote());
        } else if (m instanceof ChainMessage.Commit c) {
            onCommitMsg(from, c);
        } else if (m instanceof ChainMessage.SyncRequest s) {
            syncRequests++;
            store.get(s.height()).ifPresent(sb -> net.send(from, new ChainMessage.Commit(sb.block(), sb.certificate())));
        } else if (m instanceof ChainMessage.EvidenceMsg e) {
            onEvidence(e.evidence());
        }
    }

    private boolean isSuper() {
        return superNodes.isMember(keys.address(), height) && !evidence.isRemoved(keys.address());
    }

    private void noteAhead(NodeId from, long theirHeight) {
        if (theirHeight > height) {
            behind = true;
            aheadPeer = from;
        }
    }

    private void onProposal(NodeId from, ChainMessage.Proposal p) {
        if (!from.equals(net.self())) {
            rt.cpu().charge(CpuOps.VERIFY); // the proposal statement
        }
        Vote v = p.vote();
        Block b = p.block();
        if (v.kind() != VoteKind.PROPOSAL || v.height() != b.height() || !v.blockHash().equals(b.hash())) {
            malformed++;
            return;
        }
        // the next block carries the certificate of ours: how full nodes (and lagging super nodes) finalise
        if (v.height() == height + 1 && b.lastCommit().isPresent()) {
            CommitCertificate lc = b.lastCommit().get();
            Optional<Block> mine = votes.block(lc.blockHash());
            if (lc.height() == height && mine.isPresent()) {
                tryCommit(mine.get(), lc);
            }
        }
        if (v.height() > height) {
            if (v.height() == height + 1 && future.size() < 64) {
                future.add(p);
            }
            noteAhead(from, v.height());
            return;
        }
        if (v.height() < height) {
            return;
        }
        if (!superNodes.proposer(height, v.round()).equals(v.validator()) || !v.verify(params.voteScheme())) {
            malformed++;
            return;
        }
        if (!recordVote(v)) {
            return;
        }
        votes.addBlock(b);
        if (isSuper()) {
            // relay the signed proposal statement (not the block) so that equivocation is seen by all
            for (NodeId peer : superPeers) {
                if (!peer.equals(from)) {
                    net.send(peer, new ChainMessage.VoteMsg(v));
                }
            }
        }
        startCheck(b);
        evaluate();
    }

    private void onVote(NodeId from, Vote v) {
        rt.cpu().charge(CpuOps.VERIFY);
        if (v.height() > height) {
            if (v.height() == height + 1 && future.size() < 4096) {
                future.add(new ChainMessage.VoteMsg(v));
            }
            noteAhead(from, v.height());
            return;
        }
        // re-sent duplicates are common (see resend): skip the signature check for a statement already held
        if (v.height() < height || votes.holds(v) || !superNodes.isMember(v.validator(), height) || !v.verify(params.voteScheme())) {
            return;
        }
        if (v.kind() == VoteKind.PROPOSAL && !superNodes.proposer(height, v.round()).equals(v.validator())) {
            return;
        }
        if (recordVote(v)) {
            evaluate();
        }
    }

    /** Adds a verified statement; on equivocation records and spreads the evidence. False if conflicting. */
    private boolean recordVote(Vote v) {
        Optional<Evidence> ev = votes.add(v);
        if (ev.isPresent()) {
            onEvidence(ev.get());
            if (isSuper()) {
                for (NodeId peer : superPeers) {
                    net.send(peer, new ChainMessage.EvidenceMsg(ev.get()));
                }
            }
            return false;
        }
        return true;
    }

    private void onEvidence(Evidence e) {
        evidence.offer(e, height, params.voteScheme());
    }

    private void onCommitMsg(NodeId from, ChainMessage.Commit c) {
        if (c.block().height() > height) {
            noteAhead(from, c.block().height());
            return;
        }
        if (c.block().height() == height && c.certificate().height() == height
                && c.certificate().blockHash().equals(c.block().hash())) {
            long before = height;
            tryCommit(c.block(), c.certificate());
            if (height > before) {
                // catching up: ask the same peer for the next block at once instead of one per slot
                net.send(from, new ChainMessage.SyncRequest(height));
            }
        }
    }

    private void tryCommit(Block b, CommitCertificate cert) {
        if (b.height() != height || !cert.blockHash().equals(b.hash()) || !cert.verify(superNodes.setAt(height), params.voteScheme())) {
            return;
        }
        BlockChecker.Result r = rs.result(b.hash());
        if (r == null) {
            chargeCheck(b);
            r = checker.check(b, height, head, superNodes, state, pool);
        }
        if (r.verdict().ok()) {
            commit(b, cert, r);
        }
    }

    // ---- consensus ---------------------------------------------------------------------------

    private void onSlot(long slot) {
        long next = slot + 1;
        rt.scheduler().schedule(Math.max(0, params.slotStart(next) - rt.clock().nanos()), () -> onSlot(next));
        if (behind && aheadPeer != null) {
            net.send(aheadPeer, new ChainMessage.SyncRequest(height));
            behind = false;
        }
        if (!isSuper()) {
            return;
        }
        if (slot > round) {
            round = slot;
            if (superNodes.proposer(height, slot).equals(keys.address())) {
                propose(slot);
            }
            // votes only: a proposal made just now has just been broadcast, and sending the block again at once
            // would make every peer decode it twice
            resend(false);
            long third = params.blockIntervalNanos() / 3;
            rt.scheduler().schedule(third, () -> resendIf(slot));
            rt.scheduler().schedule(2 * third, () -> resendIf(slot));
            evaluate();
        }
    }

    private void resendIf(long slot) {
        if (round == slot && isSuper()) {
            resend(true);
        }
    }

    /**
     * Re-sends this height's own votes, and our proposal to super nodes that have not prevoted on it:
     * messages lost to loss or a partition still arrive (the network gives no delivery guarantee).
     */
    private void resend(boolean proposalToo) {
        for (Vote v : votes.signedBy(keys.address())) {
            for (NodeId peer : superPeers) {
                net.send(peer, new ChainMessage.VoteMsg(v));
            }
        }
        if (!proposalToo) {
            return;
        }
        Optional<Vote> mine = votes.proposal(round).filter(p -> p.validator().equals(keys.address()));
        if (mine.isPresent()) {
            Block b = votes.block(mine.get().blockHash()).orElseThrow();
            Set<Address> voted = votes.voters(VoteKind.PREVOTE, round);
            for (Address a : superNodes.at(height)) {
                NodeId peer = directory.get(a);
                if (peer != null && !peer.equals(net.self()) && !voted.contains(a)) {
                    net.send(peer, new ChainMessage.Proposal(b, mine.get()));
                }
            }
        }
    }

    private void propose(long slot) {
        Block block;
        long pol;
        if (rs.validBlock() != null) {
            block = rs.validBlock();
            pol = rs.validRound();
        } else if (rs.lastValidChecked() != null && votes.block(rs.lastValidChecked()).isPresent()) {
            // an earlier round's block, already checked valid here (and probably by the others): propose it again
            block = votes.block(rs.lastValidChecked()).get();
            pol = -1;
        } else {
            block = build(slot, List.of());
            pol = -1;
        }
        Vote pv = Vote.sign(VoteKind.PROPOSAL, height, slot, block.hash(), pol, keys, params.voteScheme());
        rt.cpu().charge(CpuOps.SIGN, 2); // the block and its proposal statement
        rt.cpu().charge(CpuOps.HASH, 2L * block.txs().size()); // tx root over the ids of the packed transactions
        store.journal().append(List.of(new ConsensusRecord.OwnProposal(pv, block)));
        ChainMessage.Proposal msg = new ChainMessage.Proposal(block, pv);
        if (options.equivocate() && net.peers().size() > 1) {
            // fault injection: a second, different block for the same slot to half of the peers
            Block other = build(slot, List.of(block.txs().isEmpty() ? 0 : 1));
            if (other.hash().equals(block.hash())) {
                other = Block.produce(height, slot, head, params.slotStart(slot), List.of(), lastCommit, List.of(),
                        keys, params.voteScheme());
            }
            Vote ov = Vote.sign(VoteKind.PROPOSAL, height, slot, other.hash(), pol, keys, params.voteScheme());
            List<NodeId> peers = net.peers();
            for (int i = 0; i < peers.size(); i++) {
                net.send(peers.get(i), i % 2 == 0 ? msg : new ChainMessage.Proposal(other, ov));
            }
        } else {
            net.broadcast(msg);
        }
        onProposal(net.self(), msg);
    }

    private Block build(long slot, List<Integer> skipFirst) {
        return builder.build(height, slot, head, lastCommit, evidence.pending(), state, pool, skipFirst.isEmpty() ? 0 : skipFirst.get(0),
                (tx, why) -> dropListeners.forEach(l -> l.onDrop(tx, why)));
    }

    private void startCheck(Block b) {
        if (!rs.startChecking(b.hash())) {
            return;
        }
        chargeCheck(b);
        BlockChecker.Result r = checker.check(b, height, head, superNodes, state, pool);
        long h = height;
        // modelled verification time (simulator): the vote waits as long as a real check would take
        long cost = b.producer().equals(keys.address()) ? 0 : options.verifyCostNanosPerTx() * b.txs().size();
        Runnable done = () -> {
            if (height == h) {
                rs.checkedAs(b.hash(), r);
                evaluate();
            }
        };
        if (cost == 0) {
            done.run();
        } else {
            rt.scheduler().schedule(cost, done);
        }
    }

    /**
     * CPU work of checking a block the way {@link BlockChecker} does: the producer's signature, the last commit's
     * signatures, the tx root, each transaction's execution, and the signature of each transaction this node's pool
     * has not already verified.
     */
    private void chargeCheck(Block b) {
        long strangers = 0;
        for (Transaction tx : b.txs()) {
            if (!pool.contains(tx.id())) {
                strangers++;
            }
        }
        rt.cpu().charge(CpuOps.VERIFY, 1 + strangers + b.lastCommit().map(c -> (long) c.precommits().size()).orElse(0L));
        rt.cpu().charge(CpuOps.HASH, 2L * b.txs().size());
        rt.cpu().charge(CpuOps.BLOCK_EXEC_TX, b.txs().size());
    }

    /** Carries out the round state's decisions until it has none. */
    private void evaluate() {
        while (true) {
            RoundState.Decision d = rs.decide(votes, round, superNodes.quorum(height), isSuper());
            if (d instanceof RoundState.CommitNow c) {
                commit(c.block(), c.certificate(), c.result());
                return;
            }
            if (!(d instanceof RoundState.Cast cast)) {
                return;
            }
            rs.voted(cast.kind(), cast.round());
            Vote v = Vote.sign(cast.kind(), height, cast.round(), cast.block(), -1, keys, params.voteScheme());
            rt.cpu().charge(CpuOps.SIGN);
            // write-ahead: the vote (and the lock a precommit takes) is durable before it leaves the node
            if (cast.kind() == VoteKind.PRECOMMIT && !v.isNil()) {
                store.journal().append(List.of(new ConsensusRecord.Lock(height, cast.round(), rs.validBlock()),
                        new ConsensusRecord.OwnVote(v)));
            } else {
                store.journal().append(List.of(new ConsensusRecord.OwnVote(v)));
            }
            votes.add(v);
            for (NodeId peer : superPeers) {
                net.send(peer, new ChainMessage.VoteMsg(v));
            }
        }
    }

    private void commit(Block b, CommitCertificate cert, BlockChecker.Result r) {
        r.execution().commit();
        store.append(b, cert);
        store.journal().discardBelow(b.height() + 1);
        for (Transaction tx : b.txs()) {
            pool.remove(tx.id());
        }
        evidence.apply(b);
        head = b.hash();
        lastCommit = Optional.of(cert);
        long committedHeight = height;
        height++;
        votes = new HeightVotes(height);
        rs.reset();
        // the next height starts at the next slot; keep the current slot as "used"
        for (CommitListener l : listeners) {
            l.onCommit(b, cert, rt.clock().nanos());
        }
        assert committedHeight == b.height();
        List<ChainMessage> later = new ArrayList<>(future);
        future.clear();
        for (ChainMessage m : later) {
            if (m != null) {
                dispatch(net.self(), m);
            }
        }
    }

    // ---- queries -----------------------------------------------------------------------------

    public Address address() {
        return keys.address();
    }

    public long finalizedHeight() {
        return height - 1;
    }

    public Hash head() {
        return head;
    }

    public LedgerStore store() {
        return store;
    }

    public TxPool pool() {
        return pool;
    }

    public long balance(Address a) {
        return state.balance(a);
    }

    /** Highest nonce {@code a} has executed in finalised blocks (clients resume from it). */
    public long lastNonce(Address a) {
        return state.lastNonce(a);
    }

    public Set<Address> removedSuperNodes() {
        return evidence.removed();
    }

    public List<Address> activeSuperNodes() {
        return superNodes.at(height);
    }

    /** Consensus records taken back from the journal at the last start (0 on a clean start). */
    public int restoredJournalRecords() {
        return restoredRecords;
    }

    /** This node's Tendermint lock: round, or -1 when unlocked (tests of crash safety). */
    public long lockedRound() {
        return rs.lockedRound();
    }

    /** The locked block's hash, or null when unlocked. */
    public Hash lockedBlock() {
        return rs.lockedBlock();
    }

    /** Height being decided. */
    public long decidingHeight() {
        return height;
    }

    public NodeStats stats() {
        return new NodeStats(height - 1, round, pool.size(), intake.admitted(), intake.rejected(), malformed, evidence.seen(), syncRequests);
    }
}

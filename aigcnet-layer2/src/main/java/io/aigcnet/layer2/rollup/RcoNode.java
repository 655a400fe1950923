package io.aigcnet.layer2.rollup;

import io.aigcnet.chain.cost.CpuOps;
import io.aigcnet.layer2.cost.Layer2Ops;
import io.aigcnet.chain.tx.RollupPayload;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.layer2.channel.Verdict;
import io.aigcnet.chain.codec.ByteWriter;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.storage.StorageChain;
import io.aigcnet.chain.tx.RollupBlock;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One RCO of a roll-up lane (Algorithm 1). Collection: it admits signed opinions from clients (a forged
 * signature is dropped) and syncs them to the other RCOs. Compression and state update: when it is the
 * duty RCO of the current turn ({@code rcos[turn mod R]}) and the count or time threshold is reached, it
 * takes up to {@code maxOpinions} pending opinions in its chronological (arrival) order, executes them,
 * rebuilds the Reputation Tree, and proposes the Reputation_Roll-up tx to the other RCOs and the
 * anchor chain. Validation: every other RCO re-executes the opinions on its own state and votes.
 *
 * <p>Decision rule (the paper does not say who decides): with R = 3f + 1 RCOs of which fewer than f + 1
 * are faulty, a roll-up is committed with 2f + 1 accepting votes (the proposer's included); f + 1
 * rejecting votes make a poison transaction, and every RCO rolls its tree back to the last committed
 * state. Either way the turn passes to the next RCO, so a cheating proposer loses its turn and its
 * opinions go back to the pending pool for the next one.
 */
public final class RcoNode {
    /** How this RCO behaves as proposer; everything but HONEST exists to test the validation. */
    public enum Behaviour { HONEST, TAMPER_ROOT, INJECT_FORGED }

    private final NodeRuntime<RollupWire> rt;
    private final KeyPair keys;
    private final SignatureScheme scheme;
    private final List<Address> rcos;
    private final Map<Address, NodeId> rcoNodes;
    private final Set<Address> masps;
    private final RollupConfig cfg;
    private final ReputationState state;
    private final StorageChain storage;
    private final RollupSink sink;
    private Behaviour behaviour = Behaviour.HONEST;

    private final LinkedHashMap<Hash, Transaction> pending = new LinkedHashMap<>();
    private long turn;
    private boolean proposing;
    /** What this RCO did with the proposal of the current turn: null = not seen yet. */
    private Transaction currentRollup;
    private List<Transaction> currentOpinions;
    private Boolean currentValid;
    private final Map<Long, Set<Address>> accepts = new HashMap<>();
    private final Map<Long, Set<Address>> rejects = new HashMap<>();
    private final Map<Long, Hash> voteTarget = new HashMap<>();
    private final Map<Long, RollupWire.Proposal> future = new HashMap<>();
    private long forgedRejected;
    private long committedBlocks;
    private long poisonedBlocks;

    public RcoNode(NodeRuntime<RollupWire> rt, KeyPair keys, SignatureScheme scheme, List<Address> rcos,
                   Map<Address, NodeId> rcoNodes, List<Address> masps, RollupConfig cfg, StorageChain storage,
                   RollupSink sink) {
        if (!rcos.contains(keys.address())) {
            throw new IllegalArgumentException("this RCO is not in the lane's RCO list");
        }
        if (cfg.mode() == RollupMode.COMPACT && storage == null) {
            throw new IllegalArgumentException("compact roll-ups need a storage chain");
        }
        this.rt = rt;
        this.keys = keys;
        this.scheme = scheme;
        this.rcos = List.copyOf(rcos);
        this.rcoNodes = Map.copyOf(rcoNodes);
        this.masps = Set.copyOf(masps);
        this.cfg = cfg;
        this.state = new ReputationState(masps, cfg.mwsl(), cfg.leafSensitivity(), cfg.clientCapacity());
        this.storage = storage;
        this.sink = sink;
        rt.network().onReceive(this::receive);
        rt.scheduler().schedule(cfg.timeThresholdNanos(), this::tick);
    }

    public void setBehaviour(Behaviour b) {
        this.behaviour = b;
    }

    private int f() {
        return (rcos.size() - 1) / 3;
    }

    private Address duty(long t) {
        return rcos.get((int) Math.floorMod(t, (long) rcos.size()));
    }

    private boolean isDuty() {
        return duty(turn).equals(keys.address());
    }

    private void receive(NodeId from, RollupWire m) {
        if (m instanceof RollupWire.Submit s) {
            admit(s.opinion(), true);
        } else if (m instanceof RollupWire.Sync s) {
            admit(s.opinion(), false);
        } else if (m instanceof RollupWire.Proposal p) {
            onProposal(p);
        } else if (m instanceof RollupWire.Vote v) {
            onVote(v);
        }
    }

    /** Collection: signature check, then keep and (if it came from a client) sync to the other RCOs. */
    private void admit(Transaction tx, boolean fromClient) {
        if (pending.containsKey(tx.id()) || state.seen(tx.id())) {
            return;
        }
        rt.cpu().charge(CpuOps.VERIFY);
        rt.cpu().charge(CpuOps.HASH);
        Verdict v = OpinionRules.check(tx, masps, scheme);
        if (!v.valid()) {
            forgedRejected++;
            return;
        }
        pending.put(tx.id(), tx);
        if (fromClient) {
            for (Address a : rcos) {
                if (!a.equals(keys.address())) {
                    rt.network().send(rcoNodes.get(a), new RollupWire.Sync(tx));
                }
            }
        }
        if (isDuty() && !proposing && pending.size() >= cfg.maxOpinions()) {
            propose();
        }
    }

    private void tick() {
        if (isDuty() && !proposing && !pending.isEmpty()) {
            propose();
        }
        rt.scheduler().schedule(cfg.timeThresholdNanos(), this::tick);
    }

    /** Compression + state update: build B_r, execute, append the RT root, send Tx^(r). */
    private void propose() {
        if (proposing || currentValid != null) {
            return; // already proposed, or already judging someone else's proposal this turn
        }
        List<Transaction> rejected = new ArrayList<>();
        List<Transaction> block = state.selectExecutable(chronological(pending.values()), cfg.maxOpinions(), rejected);
        rejected.forEach(t -> pending.remove(t.id()));
        if (block.isEmpty()) {
            return;
        }
        Verdict v = state.applyTentative(block);
        if (!v.valid()) {
            throw new IllegalStateException("selected block failed to execute: " + v.reason());
        }
        Hash root = state.tree().root();
        if (behaviour == Behaviour.TAMPER_ROOT) {
            root = Sha256.hash(root.toBytes()); // a root the opinions do not produce
        }
        if (behaviour == Behaviour.INJECT_FORGED) {
            block = new ArrayList<>(block);
            block.add(forge(block.get(0))); // listed in the block but, failing its signature, never executable
        }
        long seq = state.committedSeq();
        chargeBuild(block.size());
        rt.cpu().charge(CpuOps.SIGN);
        RollupPayload payload = payload(seq, block, root, true);
        Transaction tx = Transaction.sign(TxType.REPUTATION_ROLLUP, keys, Address.NONE, chainNonce(turn), 0, 0, payload.encode(), scheme);
        proposing = true;
        currentRollup = tx;
        currentOpinions = block;
        currentValid = true;
        sink.submit(tx);
        for (Address a : rcos) {
            if (!a.equals(keys.address())) {
                rt.network().send(rcoNodes.get(a), new RollupWire.Proposal(turn, tx, block));
            }
        }
        vote(true);
    }

    private RollupPayload payload(long seq, List<Transaction> block, Hash root, boolean store) {
        List<Hash> ids = block.stream().map(Transaction::id).toList();
        if (cfg.mode() == RollupMode.FULL) {
            return new RollupPayload.Full(new RollupBlock(seq, ids, root));
        }
        byte[] batch = batchBytes(block);
        if (store) {
            storage.put(batch); // the full opinions stay available in the storage chain for tracing
        }
        return new RollupPayload.Compact(seq, ids.size(), opinionsRoot(ids), Sha256.hash(batch), root);
    }

    /**
     * Arrival order, except that each client's opinions appear in nonce order in the slots its opinions
     * occupy: opinions carry cumulative counts, so a client's later opinion must not precede its earlier one
     * (they may reach this RCO out of order through different RCOs).
     */
    static List<Transaction> chronological(java.util.Collection<Transaction> arrival) {
        Map<Address, java.util.PriorityQueue<Transaction>> bySender = new HashMap<>();
        for (Transaction t : arrival) {
            bySender.computeIfAbsent(t.sender(), a -> new java.util.PriorityQueue<>(
                    java.util.Comparator.comparingLong(Transaction::nonce))).add(t);
        }
        List<Transaction> out = new ArrayList<>(arrival.size());
        for (Transaction t : arrival) {
            out.add(bySender.get(t.sender()).poll());
        }
        return out;
    }

    /** A copy of {@code tx} with a different nonce and the original signature: it no longer verifies. */
    private static Transaction forge(Transaction tx) {
        byte[] b = tx.encode();
        int nonceAt = 1 + 2 * Address.SIZE;
        b[nonceAt + 7] ^= 0x55; // changes the id, keeps the old signature
        try {
            return Transaction.decode(new io.aigcnet.chain.codec.ByteReader(b));
        } catch (DecodeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Storage-chain encoding of a batch: count, then each opinion tx's canonical bytes. */
    static byte[] batchBytes(List<Transaction> block) {
        ByteWriter w = new ByteWriter(block.size() * 200);
        w.i32(block.size());
        block.forEach(w::write);
        return w.toByteArray();
    }

    static Hash opinionsRoot(List<Hash> ids) {
        return MerkleTree.root(ids.stream().map(h -> MerkleTree.leaf(h.toBytes())).toList());
    }

    /** Validation by reconstruction. */
    private void onProposal(RollupWire.Proposal p) {
        if (p.turn() > turn) {
            future.putIfAbsent(p.turn(), p); // we are behind: handle it when our turn catches up
            return;
        }
        if (p.turn() != turn || currentValid != null) {
            return;
        }
        Transaction tx = p.rollupTx();
        currentRollup = tx;
        currentOpinions = p.opinions();
        boolean ok = reconstruct(tx, p.opinions());
        currentValid = ok;
        vote(ok);
    }

    /** Execution of {@code n} opinions, the tree rebuild over every MASP leaf, and the roll-up block. */
    private void chargeBuild(int n) {
        rt.cpu().charge(Layer2Ops.OPINION_APPLY, n);
        rt.cpu().charge(Layer2Ops.TREE_UPDATE_LEAF, masps.size());
        rt.cpu().charge(Layer2Ops.ROLLUP_BUILD_OPINION, n);
    }

    private boolean reconstruct(Transaction tx, List<Transaction> opinions) {
        rt.cpu().charge(CpuOps.VERIFY);
        if (tx.type() != TxType.REPUTATION_ROLLUP || !tx.sender().equals(duty(turn)) || tx.nonce() != chainNonce(turn)
                || !tx.verifySignature(scheme)) {
            return false;
        }
        RollupPayload claimed;
        try {
            claimed = RollupPayload.decode(tx.payload());
        } catch (DecodeException e) {
            return false;
        }
        if (claimed instanceof RollupPayload.Poison || claimed.sequence() != state.committedSeq() + 1) {
            return false;
        }
        for (Transaction o : opinions) {
            // opinions this RCO admitted itself were verified then; only strangers cost a verification
            if (!pending.containsKey(o.id())) {
                rt.cpu().charge(CpuOps.VERIFY);
            }
            if (!pending.containsKey(o.id()) && !OpinionRules.check(o, masps, scheme).valid()) {
                return false; // e.g. a forged opinion signature: the whole roll-up is invalid
            }
        }
        chargeBuild(opinions.size());
        if (!state.applyTentative(opinions).valid()) {
            return false;
        }
        RollupPayload rebuilt = payload(claimed.sequence(), opinions, state.tree().root(), false);
        if (!rebuilt.equals(claimed)) {
            state.rollback();
            return false;
        }
        return true;
    }

    private void vote(boolean accept) {
        Hash id = currentRollup.id();
        byte[] msg = voteMessage(turn, id, accept);
        rt.cpu().charge(CpuOps.SIGN);
        RollupWire.Vote v = new RollupWire.Vote(turn, id, accept, keys.address(), scheme.sign(keys, msg));
        for (Address a : rcos) {
            if (!a.equals(keys.address())) {
                rt.network().send(rcoNodes.get(a), v);
            }
        }
        onVote(v);
    }

    /**
     * Anchor-chain nonce of this RCO's transaction in {@code turn}: turn + 1, because nonce 0 is never
     * usable on the anchor chain (every account starts with nonce 0 marked as executed).
     */
    static long chainNonce(long turn) {
        return turn + 1;
    }

    static byte[] voteMessage(long turn, Hash rollupTxId, boolean accept) {
        return Sha256.hash(new ByteWriter(48).i64(turn).hash(rollupTxId).bool(accept).toByteArray()).toBytes();
    }

    private void onVote(RollupWire.Vote v) {
        rt.cpu().charge(CpuOps.VERIFY);
        if (v.turn() < turn || !rcos.contains(v.rco())
                || !scheme.verify(v.rco(), voteMessage(v.turn(), v.rollupTxId(), v.accept()), v.sig())) {
            return;
        }
        Hash target = voteTarget.computeIfAbsent(v.turn(), t -> v.rollupTxId());
        if (!target.equals(v.rollupTxId())) {
            return; // votes about another roll-up of the same turn: an equivocating proposer; ignore
        }
        (v.accept() ? accepts : rejects).computeIfAbsent(v.turn(), t -> new HashSet<>()).add(v.rco());
        decide();
    }

    private void decide() {
        int acc = accepts.getOrDefault(turn, Set.of()).size();
        int rej = rejects.getOrDefault(turn, Set.of()).size();
        if (rej >= f() + 1) {
            if (state.hasTentative()) {
                state.rollback();
            }
            Hash bad = voteTarget.get(turn);
            rt.cpu().charge(CpuOps.SIGN);
            RollupPayload.Poison poison = new RollupPayload.Poison(state.committedSeq() + 1, turn, duty(turn), bad, rej);
            sink.submit(Transaction.sign(TxType.REPUTATION_ROLLUP, keys, Address.NONE, chainNonce(turn), 0, 0, poison.encode(), scheme));
            poisonedBlocks++;
            nextTurn();
        } else if (acc >= 2 * f() + 1 && Boolean.TRUE.equals(currentValid)) {
            state.commit();
            currentOpinions.forEach(t -> pending.remove(t.id()));
            committedBlocks++;
            nextTurn();
        }
    }

    private void nextTurn() {
        accepts.remove(turn);
        rejects.remove(turn);
        voteTarget.remove(turn);
        turn++;
        proposing = false;
        currentRollup = null;
        currentOpinions = null;
        currentValid = null;
        RollupWire.Proposal buffered = future.remove(turn);
        if (buffered != null) {
            onProposal(buffered);
            return;
        }
        decide(); // votes of this turn may have arrived before we got here
        if (isDuty() && pending.size() >= cfg.maxOpinions()) {
            propose();
        }
    }

    public ReputationState state() {
        return state;
    }

    public int pendingCount() {
        return pending.size();
    }

    public long forgedRejected() {
        return forgedRejected;
    }

    public long committedBlocks() {
        return committedBlocks;
    }

    public long poisonedBlocks() {
        return poisonedBlocks;
    }

    public long turn() {
        return turn;
    }

    public Address address() {
        return keys.address();
    }
}

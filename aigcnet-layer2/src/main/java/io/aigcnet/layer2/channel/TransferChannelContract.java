package io.aigcnet.layer2.channel;

import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.MerkleTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The on-chain Transfer_Channel contract: accounts, locked deposits, the ownership registry, and the
 * close rule. Deterministic: it sees time only through the block time passed to {@link #execute} and
 * {@link #onBlock}.
 *
 * <p><b>Close rule</b> (beyond the paper, which has no dispute process): the first close submission
 * starts a challenge period of {@code timers.challengeNanos}. During it either party may submit
 * evidence; the contract keeps the valid evidence with the highest final seq ("latest double-signed
 * state wins"). It settles when both parties have submitted (each has shown its best, so waiting is
 * pointless) or when the period ends. If the winning state holds a pending swap, the swap executes iff
 * some submission revealed R with SHA-256(R) = lock hash in a block no later than the lock's expiry;
 * otherwise both legs are refunded. Settlement pays Σ f_i to the MASP, refunds the rest of the deposit
 * and registers the client as owner of the winning state's transfer commitment (its Merkle root over every
 * (H(P_i), f_i)): fee and ownership come from one state. A submission carries one state, so the contract
 * holds at most one state per closing channel and one ownership record per settled channel.
 */
public final class TransferChannelContract {
    /** Where transaction fees F_e go (the block producers); kept as one account for conservation checks. */
    public static final String FEE_SINK = "fees";

    private enum Status { OPEN, CLOSING, SETTLED }

    private static final class Channel {
        final ChannelParams params;
        Status status = Status.OPEN;
        ChannelEvidence best;
        long deadline;
        final Set<Address> submitted = new HashSet<>();
        final Map<Hash, Long> revealedAt = new HashMap<>();

        Channel(ChannelParams params) {
            this.params = params;
        }
    }

    private final SignatureScheme scheme;
    private final Map<Address, Long> accounts = new TreeMap<>();
    private final Map<Hash, Channel> channels = new LinkedHashMap<>();
    private final Map<Hash, Ownership> ownership = new LinkedHashMap<>();
    private long feesCollected;

    public TransferChannelContract(SignatureScheme scheme) {
        this.scheme = scheme;
    }

    public void credit(Address a, long amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("credit must be >= 0");
        }
        accounts.merge(a, amount, Math::addExact);
    }

    public long balance(Address a) {
        return accounts.getOrDefault(a, 0L);
    }

    public long feesCollected() {
        return feesCollected;
    }

    /** Σ accounts + Σ deposits still locked in unsettled channels + fees: invariant under every transaction. */
    public long totalSupply() {
        long total = feesCollected;
        for (long v : accounts.values()) {
            total = Math.addExact(total, v);
        }
        for (Channel c : channels.values()) {
            if (c.status != Status.SETTLED) {
                total = Math.addExact(total, c.params.deposit());
            }
        }
        return total;
    }

    /**
     * What settlement registered for a channel: the client owns the {@code transfers} outputs whose leaves
     * {@link TransferCommitment#leaf} have Merkle root {@code root} (ProSecutor P2: "the acquired ownership is
     * formally registered on the anchor chain", here as one commitment rather than a list).
     */
    public record Ownership(Hash channelId, Address client, long transfers, Hash root) {
    }

    /** The ownership record of a settled channel. */
    public Optional<Ownership> ownership(Hash channelId) {
        return Optional.ofNullable(ownership.get(channelId));
    }

    /**
     * The registered owner of output {@code t} bought over channel {@code channelId}, if {@code proof} is its
     * Merkle path to the channel's registered ownership root.
     */
    public Optional<Address> ownerOf(Hash channelId, Transfer t, List<MerkleTree.ProofStep> proof) {
        Ownership o = ownership.get(channelId);
        if (o == null || o.transfers() == 0
                || !MerkleTree.verify(TransferCommitment.leaf(t), proof, o.root())) {
            return Optional.empty();
        }
        return Optional.of(o.client());
    }

    /**
     * A channel as the contract holds it, for display.
     *
     * @param status {@code open}, {@code closing} (a close waits for its challenge window) or {@code settled}
     * @param challengeDeadlineNanos end of the challenge window while closing, else -1
     */
    public record ChannelInfo(Hash id, Address client, Address masp, long deposit, String status, long challengeDeadlineNanos) {
    }

    /** Every channel established so far, in establishment order. */
    public List<ChannelInfo> channels() {
        List<ChannelInfo> out = new ArrayList<>(channels.size());
        for (Map.Entry<Hash, Channel> e : channels.entrySet()) {
            Channel c = e.getValue();
            out.add(new ChannelInfo(e.getKey(), c.params.client(), c.params.masp(), c.params.deposit(),
                    c.status.name().toLowerCase(java.util.Locale.ROOT), c.status == Status.CLOSING ? c.deadline : -1));
        }
        return out;
    }

    public boolean isOpen(Hash channelId) {
        Channel c = channels.get(channelId);
        return c != null && c.status == Status.OPEN;
    }

    public boolean isSettled(Hash channelId) {
        Channel c = channels.get(channelId);
        return c != null && c.status == Status.SETTLED;
    }

    /** Executes one transaction included in a block at {@code blockNanos}. */
    public List<ChannelEvent> execute(ChannelTx tx, long blockNanos) {
        if (tx instanceof ChannelTx.Establish e) {
            return List.of(establish(e, blockNanos));
        }
        return close((ChannelTx.Close) tx, blockNanos);
    }

    /** Settles channels whose challenge period ended by {@code blockNanos}. */
    public List<ChannelEvent> onBlock(long blockNanos) {
        List<ChannelEvent> out = new ArrayList<>();
        for (Map.Entry<Hash, Channel> en : channels.entrySet()) {
            Channel c = en.getValue();
            if (c.status == Status.CLOSING && c.deadline <= blockNanos) {
                out.add(settle(en.getKey(), c));
            }
        }
        return out;
    }

    private ChannelEvent establish(ChannelTx.Establish e, long now) {
        ChannelParams p = e.params();
        Hash id = p.channelId();
        if (channels.containsKey(id)) {
            return new ChannelEvent.Rejected(id, "channel already exists");
        }
        if (!e.submitter().equals(p.masp()) && !e.submitter().equals(p.client())) {
            return new ChannelEvent.Rejected(id, "only the client or the MASP may establish");
        }
        ChannelState g = e.genesis().state();
        if (!g.equals(ChannelState.genesis(id, p.deposit())) || !e.genesis().verify(p.client(), p.masp(), scheme)) {
            return new ChannelEvent.Rejected(id, "genesis state must be [deposit, {}] signed by both parties");
        }
        if (balance(p.client()) < p.deposit()) {
            return new ChannelEvent.Rejected(id, "client balance " + balance(p.client()) + " < deposit " + p.deposit());
        }
        if (!chargeFee(e)) {
            return new ChannelEvent.Rejected(id, "submitter cannot pay the transaction fee");
        }
        accounts.merge(p.client(), -p.deposit(), Math::addExact);
        channels.put(id, new Channel(p));
        return new ChannelEvent.Opened(id, now, e.genesis());
    }

    private List<ChannelEvent> close(ChannelTx.Close tx, long now) {
        Channel c = channels.get(tx.channelId());
        if (c == null || c.status == Status.SETTLED) {
            return List.of(new ChannelEvent.Rejected(tx.channelId(), "no open channel " + tx.channelId()));
        }
        ChannelParams p = c.params;
        if (!tx.submitter().equals(p.client()) && !tx.submitter().equals(p.masp())) {
            return List.of(new ChannelEvent.Rejected(tx.channelId(), "only the channel's parties may close"));
        }
        boolean newPreimage = tx.evidence().preimage().map(r -> !c.revealedAt.containsKey(HashLock.lockOf(r))).orElse(false);
        if (c.submitted.contains(tx.submitter()) && c.best != null && tx.evidence().finalSeq() <= c.best.finalSeq()
                && !newPreimage) {
            // a re-sent submission that adds nothing is not admitted (and costs no ledger space)
            return List.of(new ChannelEvent.Rejected(tx.channelId(), "duplicate close submission"));
        }
        Verdict v = EvidenceRules.check(p, tx.evidence(), scheme);
        if (!v.valid()) {
            return List.of(new ChannelEvent.Rejected(tx.channelId(), v.reason()));
        }
        if (!chargeFee(tx)) {
            return List.of(new ChannelEvent.Rejected(tx.channelId(), "submitter cannot pay the transaction fee"));
        }
        tx.evidence().preimage().ifPresent(r -> c.revealedAt.putIfAbsent(HashLock.lockOf(r), now));
        if (c.status == Status.OPEN) {
            c.status = Status.CLOSING;
            c.deadline = Math.addExact(now, p.timers().challengeNanos());
        }
        if (c.best == null || tx.evidence().finalSeq() > c.best.finalSeq()) {
            c.best = tx.evidence();
        }
        c.submitted.add(tx.submitter());
        List<ChannelEvent> out = new ArrayList<>();
        out.add(new ChannelEvent.CloseSubmitted(tx.channelId(), c.best.finalSeq(), c.deadline));
        if (c.submitted.size() == 2) {
            out.add(settle(tx.channelId(), c));
        }
        return out;
    }

    private ChannelEvent settle(Hash id, Channel c) {
        ChannelState last = c.best.latest().state();
        boolean executed = false;
        ChannelState fin = last;
        if (last.isLock()) {
            PendingSwap s = last.pending().orElseThrow();
            Long at = c.revealedAt.get(s.lockHash());
            executed = at != null && s.lock().claimableAt(at);
            fin = executed ? last.complete(last.seq()) : last.withoutPending();
        }
        long paid = fin.paid();
        long refund = fin.balance();
        accounts.merge(c.params.masp(), paid, Math::addExact);
        accounts.merge(c.params.client(), refund, Math::addExact);
        ownership.put(id, new Ownership(id, c.params.client(), fin.transferCount(), fin.ownershipRoot()));
        c.status = Status.SETTLED;
        // the evidence stays in the close transactions on the ledger; after settlement the contract needs
        // only the ownership record (a settled channel rejects every close)
        c.best = null;
        c.submitted.clear();
        c.revealedAt.clear();
        return new ChannelEvent.Settled(id, fin.seq(), paid, refund, fin.transferCount(), fin.ownershipRoot(), executed);
    }

    /** Signed states held as close evidence over all channels: one per channel still closing, none once settled. */
    public long evidenceStatesHeld() {
        long n = 0;
        for (Channel c : channels.values()) {
            if (c.best != null) {
                n++;
            }
        }
        return n;
    }

    private boolean chargeFee(ChannelTx tx) {
        if (tx.txFee() < 0 || balance(tx.submitter()) < tx.txFee()) {
            return false;
        }
        accounts.merge(tx.submitter(), -tx.txFee(), Math::addExact);
        feesCollected = Math.addExact(feesCollected, tx.txFee());
        return true;
    }
}

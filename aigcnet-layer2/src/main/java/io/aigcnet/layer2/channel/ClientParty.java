package io.aigcnet.layer2.channel;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.layer2.rollup.MerkleTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The client C_i of a duplex transfer channel. Per round it draws R (a), waits for the MASP's
 * ownership lock (b), locks its fee (c), waits for the state update (d), reveals R with its signature
 * on the new balance (e) and waits for the MASP's claim signature (f). The commit point is the reveal:
 * a timer that expires before it rolls the round back (R is never shown, so neither lock can execute);
 * a timer that expires after it resends the reveal up to {@code maxRetries} times and then enforces the
 * round on chain with the double-signed lock state and R, which executes fee and ownership together.
 */
public final class ClientParty extends PartyBase {
    private enum Phase { IDLE, AWAIT_LOCK, AWAIT_UPDATE, AWAIT_CLAIM }

    private final UniformRandomProvider rng;
    private Phase phase = Phase.IDLE;
    private long round;
    private long roundStart;
    private byte[] preimage;
    private Hash lockHash;
    private Transfer transfer;
    private long expiresAt;
    private SignedState lockSigned;
    private ChannelState next;
    private Signature nextSig;
    private int retries;
    /** Set once R was revealed for a round that never got its claim: this evidence must reach the chain. */
    private SignedState committedLock;
    private byte[] committedPreimage;
    /**
     * The transfers this client bought, in order: the list its states' commitment is built from. Only the
     * client keeps it (off chain), to prove each ownership against the root registered at settlement.
     */
    private final List<Transfer> bought = new ArrayList<>();

    public ClientParty(NodeRuntime<ChannelWire> rt, KeyPair keys, SignatureScheme scheme, NodeId masp, NodeId chain,
                       UniformRandomProvider rng, Consumer<RoundOutcome> outcomes) {
        super(rt, keys, scheme, masp, chain, outcomes);
        this.rng = rng;
    }

    /** Channel initialisation: signs 𝒮_0 and asks the MASP to establish on chain. */
    public void open(ChannelParams p) {
        if (!p.client().equals(keys.address())) {
            throw new IllegalArgumentException("params name another client");
        }
        params = p;
        ChannelState g = ChannelState.genesis(p.channelId(), p.deposit());
        openRequest = new ChannelWire.OpenRequest(p, sign(g));
        send(openRequest);
        startWatch();
    }

    private ChannelWire.OpenRequest openRequest;

    @Override
    protected void resubmitOpening() {
        send(openRequest); // the MASP may have missed it; it ignores duplicates
    }

    /** True if a new round can start now. */
    public boolean ready() {
        return isOpen() && phase == Phase.IDLE && committedLock == null;
    }

    /** Starts one fee-ownership round buying {@code t}; false if busy, closed, or the balance is short. */
    public boolean pay(Transfer t) {
        if (!ready() || lastCompleted().balance() < t.fee()) {
            return false;
        }
        round++;
        roundStart = now();
        transfer = t;
        preimage = HashLock.newPreimage(rng);
        lockHash = HashLock.lockOf(preimage);
        expiresAt = Math.addExact(now(), params.timers().lockValidityNanos());
        retries = 0;
        phase = Phase.AWAIT_LOCK;
        send(new ChannelWire.HashOffer(params.channelId(), round, lockHash, t, expiresAt));
        arm(params.timers().lockNanos(), () -> rollback("timer expired awaiting ownership lock (b)"));
        return true;
    }

    /** Closes the channel with this party's best evidence; the MASP answers within the challenge period. */
    public void close() {
        if (phase != Phase.AWAIT_CLAIM && phase != Phase.IDLE) {
            rollback("channel closed by client");
        }
        disarm();
        submitClose();
    }

    @Override
    protected void onPeerMessage(ChannelWire m) {
        if (m instanceof ChannelWire.OwnershipLock l) {
            onLock(l);
        } else if (m instanceof ChannelWire.StateUpdated u) {
            onUpdated(u);
        } else if (m instanceof ChannelWire.Claim c) {
            onClaim(c);
        }
    }

    private boolean current(Hash channelId, long r, Phase expected) {
        return params != null && channelId.equals(params.channelId()) && r == round && phase == expected;
    }

    private void onLock(ChannelWire.OwnershipLock m) {
        if (!current(m.channelId(), m.round(), Phase.AWAIT_LOCK)) {
            return;
        }
        ChannelState lock = m.lockState();
        ChannelState expected = lastCompleted().lock(lock.seq(), new PendingSwap(lockHash, transfer, expiresAt));
        if (!lock.equals(expected) || lock.seq() <= highestSigned || !verifyPeer(lock, m.maspSig())) {
            return; // a wrong or forged lock is ignored; the step timer will roll the round back
        }
        Signature mine = sign(lock);
        lockSigned = new SignedState(lock, mine, m.maspSig());
        phase = Phase.AWAIT_UPDATE;
        send(new ChannelWire.FeeLock(params.channelId(), round, mine));
        arm(params.timers().updateNanos(), () -> rollback("timer expired awaiting state update (d)"));
    }

    private void onUpdated(ChannelWire.StateUpdated m) {
        if (!current(m.channelId(), m.round(), Phase.AWAIT_UPDATE)) {
            return;
        }
        next = lockSigned.state().complete(lockSigned.state().seq() + 1);
        nextSig = sign(next);
        // commit point: from here on R is known to the MASP, so the round can no longer be rolled back
        committedLock = lockSigned;
        committedPreimage = preimage;
        phase = Phase.AWAIT_CLAIM;
        sendReveal();
    }

    private void sendReveal() {
        send(new ChannelWire.Reveal(params.channelId(), round, preimage, next, nextSig));
        arm(params.timers().claimNanos(), this::claimTimeout);
    }

    private void claimTimeout() {
        if (retries < params.timers().maxRetries()) {
            retries++;
            sendReveal();
            return;
        }
        // enforce: the double-signed lock state plus R executes fee and ownership together on chain
        phase = Phase.IDLE;
        outcomes.accept(new RoundOutcome(RoundOutcome.Role.CLIENT, round, transfer, true, true,
                "no claim (f): enforced on chain", now() - roundStart));
        submitClose();
    }

    private void onClaim(ChannelWire.Claim m) {
        if (!current(m.channelId(), m.round(), Phase.AWAIT_CLAIM) || !verifyPeer(next, m.maspSig())) {
            return;
        }
        disarm();
        completed(new SignedState(next, nextSig, m.maspSig()));
        bought.add(transfer);
        committedLock = null;
        committedPreimage = null;
        phase = Phase.IDLE;
        outcomes.accept(new RoundOutcome(RoundOutcome.Role.CLIENT, round, transfer, true, false, "completed",
                now() - roundStart));
    }

    private void rollback(String reason) {
        if (phase == Phase.IDLE || phase == Phase.AWAIT_CLAIM) {
            return;
        }
        disarm();
        phase = Phase.IDLE;
        preimage = null; // R is forgotten: it can never be revealed, so neither lock can execute
        outcomes.accept(new RoundOutcome(RoundOutcome.Role.CLIENT, round, transfer, false, false, reason,
                now() - roundStart));
    }

    @Override
    protected void onCloseStarted() {
        rollback("channel closing");
        disarm();
    }

    @Override
    protected void onRecover() {
        if (phase == Phase.AWAIT_LOCK || phase == Phase.AWAIT_UPDATE) {
            rollback("crashed before commit");
        } else if (phase == Phase.AWAIT_CLAIM) {
            sendReveal();
        }
    }

    @Override
    protected ChannelEvidence bestEvidence() {
        if (committedLock != null) {
            // built on the latest completed state with a higher seq: with R it executes the committed round
            return new ChannelEvidence(committedLock, Optional.of(committedPreimage));
        }
        return new ChannelEvidence(latest, Optional.empty());
    }

    @Override
    protected void onSettled(ChannelEvent.Settled s) {
        // the committed round may have settled on chain without our copy of the MASP's claim (the MASP's
        // completed state, or our lock plus R, won): then it is part of what we own
        if (committedLock != null && s.transfers() == bought.size() + 1L) {
            bought.add(committedLock.state().pending().orElseThrow().transfer());
        }
    }

    /** The outputs bought over this channel, in order (after settlement: exactly those the settled commitment holds). */
    public List<Transfer> bought() {
        return List.copyOf(bought);
    }

    /**
     * The output keys this client proves it owns on chain: each bought transfer whose Merkle path verifies
     * against the ownership root {@code contract} registered for this channel.
     */
    public Set<Hash> ownedOnChain(TransferChannelContract contract) {
        Set<Hash> owned = new LinkedHashSet<>();
        if (params == null) {
            return owned;
        }
        List<Hash> leaves = bought.stream().map(TransferCommitment::leaf).toList();
        for (int i = 0; i < bought.size(); i++) {
            Transfer t = bought.get(i);
            if (contract.ownerOf(params.channelId(), t, MerkleTree.proof(leaves, i)).filter(keys.address()::equals).isPresent()) {
                owned.add(t.outputKey());
            }
        }
        return owned;
    }

    @Override
    protected Address peerAddress() {
        return params.masp();
    }
}

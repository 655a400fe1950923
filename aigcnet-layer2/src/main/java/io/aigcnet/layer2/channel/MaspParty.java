package io.aigcnet.layer2.channel;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.htlc.HashLock;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The MASP M_j of a duplex transfer channel. It establishes the channel on chain and pays the
 * transaction fee (ProSecutor §VI-B), sells only outputs it has stored ({@link #offer}), locks
 * ownership under the client's H(R) (b), confirms the double-signed lock (d), and on a valid reveal
 * countersigns the completed state and claims the fee (f). A timer expiring while it waits for the fee
 * lock (c) or the reveal (e) rolls the round back; a late reveal is still honoured while the lock is
 * valid and nothing newer was signed, since the client could enforce it on chain anyway.
 */
public final class MaspParty extends PartyBase {
    private enum Phase { IDLE, AWAIT_FEELOCK, AWAIT_REVEAL }

    private final long establishFee;
    private final Map<Hash, Long> offers = new HashMap<>();
    private Phase phase = Phase.IDLE;
    private long round = -1;
    private long roundStart;
    private ChannelWire.HashOffer offer;
    private ChannelState lock;
    private Signature lockSig;
    /** Last completed round's claim, resent if the client repeats its reveal. */
    private ChannelWire.Claim lastClaim;
    private long lastClaimRound = -1;

    public MaspParty(NodeRuntime<ChannelWire> rt, KeyPair keys, SignatureScheme scheme, NodeId client, NodeId chain,
                     long establishFee, Consumer<RoundOutcome> outcomes) {
        super(rt, keys, scheme, client, chain, outcomes);
        this.establishFee = establishFee;
    }

    /** Step 2 of P2: the output H(P) is stored and may be sold for {@code fee}. */
    public void offer(Transfer t) {
        offers.put(t.outputKey(), t.fee());
    }

    /** Closes the channel with this party's best evidence. */
    public void close() {
        abandon("channel closed by MASP");
        submitClose();
    }

    @Override
    protected void onPeerMessage(ChannelWire m) {
        if (m instanceof ChannelWire.OpenRequest o) {
            onOpenRequest(o);
        } else if (m instanceof ChannelWire.HashOffer h) {
            onHashOffer(h);
        } else if (m instanceof ChannelWire.FeeLock f) {
            onFeeLock(f);
        } else if (m instanceof ChannelWire.Reveal r) {
            onReveal(r);
        }
    }

    private void onOpenRequest(ChannelWire.OpenRequest m) {
        ChannelParams p = m.params();
        if (params != null && establish != null && p.equals(params)) {
            submit(establish); // the client repeats its request: our establish tx may have been lost
            return;
        }
        if (params != null || !p.masp().equals(keys.address()) || !p.client().equals(peerAddressOf(p))) {
            return;
        }
        ChannelState g = ChannelState.genesis(p.channelId(), p.deposit());
        cpu().charge(io.aigcnet.chain.cost.CpuOps.VERIFY);
        if (!scheme.verify(p.client(), g.digest().toBytes(), m.clientGenesisSig())) {
            return;
        }
        params = p;
        SignedState genesis = new SignedState(g, m.clientGenesisSig(), sign(g));
        establish = new ChannelTx.Establish(keys.address(), establishFee, p, genesis);
        submit(establish);
        startWatch();
    }

    private ChannelTx.Establish establish;

    @Override
    protected void resubmitOpening() {
        submit(establish);
    }

    private Address expectedClient;

    /** Restricts {@link ChannelWire.OpenRequest}s to one client address (null = any). */
    public void expectClient(Address client) {
        this.expectedClient = client;
    }

    private Address peerAddressOf(ChannelParams p) {
        return expectedClient == null ? p.client() : expectedClient;
    }

    private void onHashOffer(ChannelWire.HashOffer m) {
        if (params == null || !isOpen() || !m.channelId().equals(params.channelId())) {
            return;
        }
        if (m.round() == round && phase == Phase.AWAIT_FEELOCK) {
            send(new ChannelWire.OwnershipLock(params.channelId(), round, lock, lockSig)); // duplicate offer
            return;
        }
        if (m.round() <= round) {
            return; // stale
        }
        abandon("client started a new round"); // the client only does so after abandoning the old one
        Long fee = offers.get(m.transfer().outputKey());
        long window = m.expiresAtNanos() - now();
        ChannelTimers t = params.timers();
        if (fee == null || fee != m.transfer().fee() || lastCompleted().balance() < fee
                || window <= t.feeLockNanos() + t.revealNanos() || window > 2 * t.lockValidityNanos()) {
            return; // not for sale at that price, or an unacceptable lock expiry: no lock is made
        }
        round = m.round();
        roundStart = now();
        offer = m;
        lock = lastCompleted().lock(highestSigned + 1, new PendingSwap(m.lockHash(), m.transfer(), m.expiresAtNanos()));
        lockSig = sign(lock);
        phase = Phase.AWAIT_FEELOCK;
        send(new ChannelWire.OwnershipLock(params.channelId(), round, lock, lockSig));
        arm(t.feeLockNanos(), () -> abandon("timer expired awaiting fee lock (c)"));
    }

    private void onFeeLock(ChannelWire.FeeLock m) {
        if (m.round() != round || params == null || !m.channelId().equals(params.channelId())) {
            return;
        }
        if (phase == Phase.AWAIT_REVEAL) {
            send(new ChannelWire.StateUpdated(params.channelId(), round)); // duplicate fee lock
            return;
        }
        if (phase != Phase.AWAIT_FEELOCK || !verifyPeer(lock, m.clientSig())) {
            return;
        }
        phase = Phase.AWAIT_REVEAL;
        send(new ChannelWire.StateUpdated(params.channelId(), round));
        arm(params.timers().revealNanos(), () -> abandon("timer expired awaiting reveal (e)"));
    }

    private void onReveal(ChannelWire.Reveal m) {
        if (params == null || !m.channelId().equals(params.channelId())) {
            return;
        }
        if (m.round() == lastClaimRound && lastClaim != null) {
            send(lastClaim); // the client missed our claim
            return;
        }
        if (m.round() != round || lock == null) {
            return;
        }
        boolean awaiting = phase == Phase.AWAIT_REVEAL;
        // a reveal after our rollback is honoured if the lock is still valid and nothing newer was signed
        boolean late = phase == Phase.IDLE && highestSigned == lock.seq() && now() <= lock.pending().orElseThrow().expiresAtNanos();
        if (!awaiting && !late) {
            return;
        }
        PendingSwap swap = lock.pending().orElseThrow();
        ChannelState expected = lock.complete(lock.seq() + 1);
        if (!HashLock.opens(swap.lockHash(), m.preimage()) || !m.next().equals(expected)
                || !verifyPeer(expected, m.clientSig()) || expected.seq() <= highestSigned) {
            return;
        }
        disarm();
        Signature mine = sign(expected);
        completed(new SignedState(expected, m.clientSig(), mine));
        offers.remove(swap.transfer().outputKey());
        phase = Phase.IDLE;
        lock = null;
        lastClaim = new ChannelWire.Claim(params.channelId(), round, mine);
        lastClaimRound = round;
        send(lastClaim);
        outcomes.accept(new RoundOutcome(RoundOutcome.Role.MASP, round, swap.transfer(), true, false,
                late ? "completed (late reveal)" : "completed", now() - roundStart));
    }

    private void abandon(String reason) {
        if (phase == Phase.IDLE) {
            return;
        }
        disarm();
        phase = Phase.IDLE; // keep lock/round so that a late reveal can still be honoured
        outcomes.accept(new RoundOutcome(RoundOutcome.Role.MASP, round, offer.transfer(), false, false, reason,
                now() - roundStart));
    }

    @Override
    protected void onCloseStarted() {
        abandon("channel closing");
    }

    @Override
    protected void onRecover() {
        abandon("crashed during round");
    }

    @Override
    protected ChannelEvidence bestEvidence() {
        return new ChannelEvidence(latest, Optional.empty());
    }

    @Override
    protected Address peerAddress() {
        return params.client();
    }
}

package io.aigcnet.layer2.channel;

import io.aigcnet.chain.cost.CpuOps;
import io.aigcnet.layer2.cost.Layer2Ops;
import io.aigcnet.core.runtime.Cancellable;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Signature;
import io.aigcnet.chain.crypto.SignatureScheme;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What both channel parties share: runtime ports, keys, the latest double-signed completed state,
 * the monotone signing guard, one step timer, crash/recovery, and chain watching. The single abstract
 * layer the style guide allows.
 */
abstract class PartyBase {
    protected final NodeRuntime<ChannelWire> rt;
    protected final KeyPair keys;
    protected final SignatureScheme scheme;
    protected final NodeId peer;
    protected final NodeId chain;
    protected final Consumer<RoundOutcome> outcomes;

    protected ChannelParams params;
    /**
     * The latest double-signed completed state 𝒮_t (null until the channel opens). It supersedes every earlier
     * one, so no earlier state is kept, except the genesis (for the stale-close attack of the tests).
     */
    protected SignedState latest;
    private SignedState genesis;
    /** Completed states double-signed after the genesis (= transfers completed off chain). */
    private long completedStates;
    /** Highest seq this party ever signed: it never signs a state at or below it again. */
    protected long highestSigned = -1;
    protected boolean open;
    protected boolean closeSubmitted;
    protected boolean settled;
    protected ChannelEvent.Settled settlement;
    private Cancellable timer = Cancellable.NONE;
    private boolean down;

    PartyBase(NodeRuntime<ChannelWire> rt, KeyPair keys, SignatureScheme scheme, NodeId peer, NodeId chain,
              Consumer<RoundOutcome> outcomes) {
        this.rt = rt;
        this.keys = keys;
        this.scheme = scheme;
        this.peer = peer;
        this.chain = chain;
        this.outcomes = outcomes;
        rt.network().onReceive(this::receive);
    }

    private void receive(NodeId from, ChannelWire m) {
        if (down) {
            return;
        }
        if (m instanceof ChannelWire.Event e) {
            onChainEvent(e.event());
        } else if (from.equals(peer)) {
            onPeerMessage(m);
        }
    }

    protected abstract void onPeerMessage(ChannelWire m);

    /** Called when the party comes back from a crash with its persisted state. */
    protected abstract void onRecover();

    /** The best evidence this party can put on chain now. */
    protected abstract ChannelEvidence bestEvidence();

    protected Signature sign(ChannelState s) {
        if (s.seq() <= highestSigned) {
            throw new IllegalStateException("refusing to sign seq " + s.seq() + " <= already signed " + highestSigned);
        }
        highestSigned = s.seq();
        chargeState(s);
        rt.cpu().charge(CpuOps.SIGN);
        return scheme.sign(keys, s.digest().toBytes());
    }

    protected io.aigcnet.core.runtime.Cpu cpu() {
        return rt.cpu();
    }

    /** Building a state and its digest: a fixed part and a part per frontier hash of its transfer commitment. */
    private void chargeState(ChannelState s) {
        rt.cpu().charge(Layer2Ops.CHANNEL_UPDATE);
        rt.cpu().charge(Layer2Ops.CHANNEL_STATE_TRANSFER, s.transfers().peaks().size());
    }

    protected boolean verifyPeer(ChannelState s, Signature sig) {
        chargeState(s);
        rt.cpu().charge(CpuOps.VERIFY);
        return scheme.verify(peerAddress(), s.digest().toBytes(), sig);
    }

    protected abstract io.aigcnet.chain.crypto.Address peerAddress();

    protected ChannelState lastCompleted() {
        return latest.state();
    }

    /** Records a new double-signed completed state; it supersedes the previous one. */
    protected void completed(SignedState s) {
        if (s.state().isLock() || s.state().seq() <= latest.state().seq()) {
            throw new IllegalStateException("a completed state must be newer than seq " + latest.state().seq());
        }
        latest = s;
        completedStates++;
    }

    protected long now() {
        return rt.clock().nanos();
    }

    protected void arm(long delayNanos, Runnable onExpiry) {
        timer.cancel();
        timer = rt.scheduler().schedule(delayNanos, () -> {
            if (!down) {
                onExpiry.run();
            }
        });
    }

    protected void disarm() {
        timer.cancel();
        timer = Cancellable.NONE;
    }

    protected void send(ChannelWire m) {
        rt.network().send(peer, m);
    }

    protected void submit(ChannelTx tx) {
        rt.network().send(chain, new ChannelWire.Submit(tx));
    }

    /**
     * Periodic chain watch: any message to or from the chain may be lost, so until the channel is
     * settled the party re-reads the channel's events and re-submits its pending transaction.
     */
    protected void startWatch() {
        long period = Math.max(1, params.timers().challengeNanos() / 8);
        rt.scheduler().schedule(period, this::watch);
    }

    private void watch() {
        if (settled) {
            return;
        }
        if (!down) {
            rt.network().send(chain, new ChannelWire.Sync(params.channelId()));
            if (closeSubmitted) {
                submit(new ChannelTx.Close(keys.address(), 0, params.channelId(), bestEvidence()));
            } else if (!open) {
                resubmitOpening();
            }
        }
        startWatch();
    }

    /** Re-sends whatever establishes the channel (the MASP's establish tx); no-op for the client. */
    protected void resubmitOpening() {
    }

    /** Puts this party's best evidence on chain (first close or challenge). */
    protected void submitClose() {
        if (settled || params == null || latest == null) {
            return; // never saw the channel open: nothing to show yet; the chain watch re-syncs
        }
        closeSubmitted = true;
        submit(new ChannelTx.Close(keys.address(), 0, params.channelId(), bestEvidence()));
    }

    private void onChainEvent(ChannelEvent ev) {
        if (params == null || !ev.channelId().equals(params.channelId())) {
            return;
        }
        if (ev instanceof ChannelEvent.Opened o) {
            if (!open && !settled && !closeSubmitted && o.genesis().verify(params.client(), params.masp(), scheme)) {
                if (latest == null) {
                    latest = o.genesis();
                    genesis = o.genesis();
                }
                open = true;
            }
        } else if (ev instanceof ChannelEvent.CloseSubmitted) {
            if (latest == null) {
                return; // missed the Opened event; a later sync delivers both in order
            }
            open = false;
            // the counterparty closed (possibly on a stale state): answer with our best evidence
            if (!closeSubmitted) {
                onCloseStarted();
                submitClose();
            }
        } else if (ev instanceof ChannelEvent.Settled s) {
            open = false;
            settled = true;
            settlement = s;
            disarm();
            onSettled(s);
        }
    }

    /** The channel settled on chain with {@code s}. */
    protected void onSettled(ChannelEvent.Settled s) {
    }

    /** The channel is closing: abandon whatever round is open (before evidence is chosen). */
    protected void onCloseStarted() {
    }

    /** Crash: stop reacting to messages and timers; state survives as on disk. */
    public void crash() {
        down = true;
        disarm();
    }

    public void recover() {
        if (!down) {
            return;
        }
        down = false;
        onRecover();
        if (params != null && !settled) {
            // the runtime dropped our timers while we were down: restart the chain watch
            rt.network().send(chain, new ChannelWire.Sync(params.channelId()));
            startWatch();
        }
    }

    public boolean isDown() {
        return down;
    }

    public boolean isOpen() {
        return open && !down;
    }

    /** This party has put a close (or challenge) on chain. */
    public boolean closing() {
        return closeSubmitted;
    }

    public boolean isSettled() {
        return settled;
    }

    public ChannelEvent.Settled settlement() {
        return settlement;
    }

    public Hash channelId() {
        return params == null ? null : params.channelId();
    }

    /** The latest double-signed completed state (the genesis before any transfer; null before the channel opens). */
    public SignedState latest() {
        return latest;
    }

    /** Transfers completed off chain on this channel (double-signed completed states after the genesis). */
    public long completedTransfers() {
        return completedStates;
    }

    /**
     * A deliberately stale close by either party on the genesis state (attack tests; the challenge period
     * must let the peer's latest state win).
     */
    public boolean closeStale() {
        if (genesis == null || isDown()) {
            return false;
        }
        closeSubmitted = true;
        submit(new ChannelTx.Close(keys.address(), 0, params.channelId(), new ChannelEvidence(genesis, Optional.empty())));
        return true;
    }
}

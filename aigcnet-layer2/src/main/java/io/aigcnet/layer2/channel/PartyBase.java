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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What both channel parties share: runtime ports, keys, the list of double-signed completed states,
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
    /** 𝒮_0 … 𝒮_t, every one double-signed, in order. */
    protected final List<SignedState> history = new ArrayList<>();
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

    /** Building a state and its digest: a fixed part and a part that grows with the ownership list. */
    private void chargeState(ChannelState s) {
        rt.cpu().charge(Layer2Ops.CHANNEL_UPDATE);
        rt.cpu().charge(Layer2Ops.CHANNEL_STATE_TRANSFER, s.transfers().size());
    }

    protected boolean verifyPeer(ChannelState s, Signature sig) {
        chargeState(s);
        rt.cpu().charge(CpuOps.VERIFY);
        return scheme.verify(peerAddress(), s.digest().toBytes(), sig);
    }

    protected abstract io.aigcnet.chain.crypto.Address peerAddress();

    protected ChannelState lastCompleted() {
        return history.get(history.size() - 1).state();
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
        if (settled || params == null || history.isEmpty()) {
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
                if (history.isEmpty()) {
                    history.add(o.genesis());
                }
                open = true;
            }
        } else if (ev instanceof ChannelEvent.CloseSubmitted) {
            if (history.isEmpty()) {
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
        }
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

    /** Double-signed completed states held, genesis included. */
    public List<SignedState> history() {
        return List.copyOf(history);
    }

    /**
     * A deliberately stale close by either party: evidence cut after {@code states} completed states
     * (attack tests; the challenge period must let the peer's latest state win).
     */
    public boolean closeStale(int states) {
        if (history.isEmpty() || isDown()) {
            return false;
        }
        closeSubmitted = true;
        submit(new ChannelTx.Close(keys.address(), 0, params.channelId(),
                new ChannelEvidence(history.subList(0, Math.max(1, Math.min(states, history.size()))), Optional.empty())));
        return true;
    }
}

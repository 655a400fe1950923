package io.aigcnet.layer2.live;

import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LiveRuntime;
import io.aigcnet.core.rng.RngStreams;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The live benchmark's channel clients, on the driver's loop. Each pair runs one channel at a time; a channel carries
 * {@code roundsPerChannel} transfers, then the client closes it and opens the next one once the close
 * settled on chain. Requests wait in one queue for an idle open channel (as in the simulated fleet).
 */
final class LiveChannelClients {
    private final Layer2LiveBench.Settings s;
    private final SignatureScheme ed;
    private final Layer2Plan plan;
    private final LiveRuntime loop;
    private final ClientParty[] clients;
    private final NodeRuntime<ChannelWire>[] rts;
    private final List<KeyPair> keys;
    private final List<KeyPair> maspKeys;
    private final long[] nonce;
    private final int[] roundsDone;
    private final io.aigcnet.layer2.channel.Transfer[] current;
    private final long[] requestStart;
    private final boolean[] idle;
    private final ArrayDeque<Integer> idlePairs = new ArrayDeque<>();
    private final ArrayDeque<Long> queue = new ArrayDeque<>();
    private final UniformRandomProvider rng;
    private final ChannelTimers timers;
    final long[] offered;
    /** Settled transfers: [completion time, request-to-completion nanos]. */
    final List<long[]> done = new ArrayList<>();
    volatile long start;
    volatile boolean stop;
    long opens;
    private double carry;
    private long lastTick;

    @SuppressWarnings("unchecked")
    LiveChannelClients(Layer2LiveBench.Settings s, SignatureScheme ed, Layer2Plan plan, Layer2Link link, LiveRuntime loop) {
        this.s = s;
        this.ed = ed;
        this.plan = plan;
        this.loop = loop;
        this.offered = new long[s.steps()];
        int n = s.channels();
        clients = new ClientParty[n];
        rts = new NodeRuntime[n];
        keys = plan.channelClientKeys();
        maspKeys = plan.channelMaspKeys();
        nonce = new long[n];
        roundsDone = new int[n];
        current = new io.aigcnet.layer2.channel.Transfer[n];
        requestStart = new long[n];
        idle = new boolean[n];
        rng = RngStreams.of(s.seed()).stream("layer2-live-channel-locks");
        long ms = 1_000_000L;
        // the same step timers as the simulated experiments; the challenge period is two blocks
        timers = new ChannelTimers(2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 60_000 * ms,
                2 * s.intervalMs() * ms, 2);
        for (int c = 0; c < n; c++) {
            rts[c] = new NodeRuntime<>(loop, loop, link.endpoint(Layer2Link.KIND_CHANNEL, plan.clientPartyId(c), Layer2Link.CHANNEL));
        }
    }

    void openAll() {
        for (int c = 0; c < clients.length; c++) {
            open(c);
        }
    }

    private void open(int c) {
        opens++;
        int pair = c;
        clients[c] = new ClientParty(rts[c], keys.get(c), ed, plan.maspPartyId(c), plan.hostId(plan.nodeOfChannel(c)), rng,
                o -> onOutcome(pair, o));
        roundsDone[c] = 0;
        idle[c] = false;
        clients[c].open(new ChannelParams(keys.get(c).address(), maspKeys.get(c).address(), Layer2Plan.FEE * s.roundsPerChannel(),
                nonce[c]++, timers));
    }

    boolean allReady() {
        return readyCount() == clients.length;
    }

    /** Channels open (idle or in a round) now. */
    int openCount() {
        int r = 0;
        for (ClientParty c : clients) {
            r += c.isOpen() ? 1 : 0;
        }
        return r;
    }

    int readyCount() {
        int r = 0;
        for (ClientParty c : clients) {
            r += c.ready() ? 1 : 0;
        }
        return r;
    }

    /** Every 5 ms: new requests at the step's rate, newly opened channels become idle, settled ones reopen. */
    void tick() {
        long now = System.nanoTime(); // ambient-ok
        int k = (int) ((now - start) / Math.round(s.stepS() * 1e9));
        if (!stop && k < s.steps()) {
            long dt = lastTick == 0 ? 0 : now - lastTick;
            carry += s.offered(k) * (1 - s.opinionShare()) * dt / 1e9;
            int n = (int) carry;
            carry -= n;
            for (int i = 0; i < n; i++) {
                queue.add(now);
            }
            offered[k] += n;
        }
        lastTick = now;
        for (int c = 0; c < clients.length; c++) {
            if (current[c] == null && !idle[c]) {
                if (clients[c].isSettled()) {
                    open(c);
                } else if (clients[c].ready() && roundsDone[c] < s.roundsPerChannel()) {
                    idle[c] = true;
                    idlePairs.add(c);
                }
            }
        }
        dispatch();
        loop.schedule(5_000_000L, this::tick);
    }

    private void dispatch() {
        while (!queue.isEmpty() && !idlePairs.isEmpty()) {
            int c = idlePairs.poll();
            idle[c] = false;
            io.aigcnet.layer2.channel.Transfer t = Layer2Plan.transfer(c, nonce[c] - 1, roundsDone[c]);
            current[c] = t;
            requestStart[c] = queue.poll();
            if (!clients[c].pay(t)) {
                throw new IllegalStateException("idle channel " + c + " refused a transfer");
            }
        }
    }

    private void onOutcome(int c, RoundOutcome o) {
        if (current[c] == null || !o.transfer().equals(current[c])) {
            return;
        }
        if (!o.completed()) {
            if (clients[c].ready()) {
                clients[c].pay(current[c]); // rolled back: retry on the same channel
            } else {
                queue.addFirst(requestStart[c]);
                current[c] = null;
            }
            return;
        }
        long now = System.nanoTime(); // ambient-ok
        done.add(new long[] {now, now - requestStart[c]});
        current[c] = null;
        roundsDone[c]++;
        if (o.committedOnChain()) {
            return; // closing on chain; tick() reopens after settlement
        }
        if (roundsDone[c] >= s.roundsPerChannel()) {
            clients[c].close();
        } else {
            idle[c] = true;
            idlePairs.add(c);
            dispatch();
        }
    }
}

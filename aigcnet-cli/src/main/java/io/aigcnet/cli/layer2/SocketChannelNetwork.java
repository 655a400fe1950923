package io.aigcnet.cli.layer2;

import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ChannelWireCodec;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.live.LiveRuntime;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.List;
import java.util.function.Consumer;

/**
 * One TCP connection to the counterparty, carrying {@link ChannelWireCodec} frames (4-byte length
 * prefix) for the live channel benchmark. Incoming messages run on the {@link LiveRuntime} loop, like
 * every actor task. Messages to any node but the peer (the anchor chain) are dropped: in the benchmark
 * the channel is pre-established.
 */
final class SocketChannelNetwork implements Network<ChannelWire> {
    private static final int MAX_FRAME = 16 * 1024 * 1024;
    private final NodeId self;
    private final NodeId peer;
    private final Socket socket;
    private final DataOutputStream out;
    private final LiveRuntime loop;
    private volatile MessageHandler<ChannelWire> handler = (f, m) -> { };
    private volatile Consumer<ChannelWire> beforeDeliver = m -> { };

    SocketChannelNetwork(NodeId self, NodeId peer, Socket socket, LiveRuntime loop) throws IOException {
        this.self = self;
        this.peer = peer;
        this.socket = socket;
        this.loop = loop;
        socket.setTcpNoDelay(true);
        this.out = new DataOutputStream(new java.io.BufferedOutputStream(socket.getOutputStream()));
        Thread reader = new Thread(this::readLoop, "channel-reader-" + self);
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs on the loop before each delivery (the MASP process creates a party for a new channel here). */
    void beforeDeliver(Consumer<ChannelWire> hook) {
        this.beforeDeliver = hook;
    }

    /**
     * Delivers a message now, as if it came from {@code from} (the benchmark's stand-in for the chain's
     * events); call it on the loop.
     */
    void deliverNow(NodeId from, ChannelWire m) {
        handler.onMessage(from, m);
    }

    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);

    /** Blocks until the peer closes the connection. */
    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    private void readLoop() {
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(socket.getInputStream()))) {
            while (true) {
                int n = in.readInt();
                if (n < 0 || n > MAX_FRAME) {
                    throw new IOException("frame length " + n + " out of [0, " + MAX_FRAME + "]");
                }
                byte[] b = new byte[n];
                in.readFully(b);
                ChannelWire m;
                try {
                    m = ChannelWireCodec.decode(b);
                } catch (DecodeException e) {
                    System.err.println("dropping malformed channel frame: " + e.getMessage());
                    continue;
                }
                loop.execute(() -> {
                    beforeDeliver.accept(m);
                    handler.onMessage(peer, m);
                });
            }
        } catch (IOException e) {
            // connection closed: the benchmark is over
        } finally {
            closed.countDown();
        }
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public List<NodeId> peers() {
        return List.of(peer);
    }

    @Override
    public void send(NodeId to, ChannelWire message) {
        if (!to.equals(peer)) {
            return;
        }
        byte[] b = ChannelWireCodec.encode(message);
        try {
            synchronized (out) {
                out.writeInt(b.length);
                out.write(b);
                out.flush();
            }
        } catch (IOException e) {
            // peer gone; the step timers roll the round back
        }
    }

    @Override
    public void onReceive(MessageHandler<ChannelWire> h) {
        this.handler = h;
    }
}

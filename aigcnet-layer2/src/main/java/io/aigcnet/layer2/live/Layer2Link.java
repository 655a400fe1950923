package io.aigcnet.layer2.live;

import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.live.LiveRuntime;
import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The layer-2 TCP link of one process of a live network: roll-up messages among RCOs and channel messages
 * among parties and chain hosts, many actors per process. An actor is an {@link Endpoint} with a
 * {@link NodeId}; the process that hosts it is {@code id / IDS_PER_PROCESS}. A frame is a 4-byte length, the
 * message kind, the sender's and the receiver's ids, then the message's canonical bytes. Each process dials
 * each other process once, on its first message to it; messages to an unreachable process are dropped and
 * counted (the protocols re-send what matters, as over the chain's own transport). Delivery runs on the
 * {@link LiveRuntime} loop, like every actor task; a message between two actors of the same process skips
 * the socket.
 */
public final class Layer2Link implements AutoCloseable {
    public static final int IDS_PER_PROCESS = 100_000;
    public static final int KIND_ROLLUP = 1;
    public static final int KIND_CHANNEL = 2;
    private static final int MAX_FRAME = 32 * 1024 * 1024;

    /** A message type's byte form. */
    public interface Codec<M> {
        byte[] encode(M m);

        M decode(byte[] b) throws DecodeException;
    }

    public static final Codec<io.aigcnet.layer2.rollup.RollupWire> ROLLUP = new Codec<>() {
        @Override
        public byte[] encode(io.aigcnet.layer2.rollup.RollupWire m) {
            return Layer2WireCodec.encodeRollup(m);
        }

        @Override
        public io.aigcnet.layer2.rollup.RollupWire decode(byte[] b) throws DecodeException {
            return Layer2WireCodec.decodeRollup(b);
        }
    };

    public static final Codec<io.aigcnet.layer2.channel.ChannelWire> CHANNEL = new Codec<>() {
        @Override
        public byte[] encode(io.aigcnet.layer2.channel.ChannelWire m) {
            return Layer2WireCodec.encodeChannel(m);
        }

        @Override
        public io.aigcnet.layer2.channel.ChannelWire decode(byte[] b) throws DecodeException {
            return Layer2WireCodec.decodeChannel(b);
        }
    };

    private final int self;
    private final Map<Integer, InetSocketAddress> processes;
    private final LiveRuntime loop;
    private final Map<Long, Endpoint<?>> endpoints = new ConcurrentHashMap<>();
    private final Map<Integer, Outbound> outbound = new ConcurrentHashMap<>();
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong framesIn = new AtomicLong();
    private final AtomicLong framesOut = new AtomicLong();
    private ServerSocket server;
    private volatile boolean closed;

    /**
     * @param self this process's index
     * @param processes every process's layer-2 listen address by index, this one's included
     */
    public Layer2Link(int self, Map<Integer, InetSocketAddress> processes, LiveRuntime loop) {
        this.self = self;
        this.processes = new TreeMap<>(processes);
        this.loop = loop;
        if (!this.processes.containsKey(self)) {
            throw new IllegalArgumentException("process " + self + " has no layer-2 address");
        }
    }

    public static int processOf(NodeId id) {
        return id.value() / IDS_PER_PROCESS;
    }

    public static NodeId id(int process, int local) {
        if (local < 0 || local >= IDS_PER_PROCESS) {
            throw new IllegalArgumentException("local id must be in [0, " + IDS_PER_PROCESS + "), got " + local);
        }
        return NodeId.of(process * IDS_PER_PROCESS + local);
    }

    /** Binds the listen port and starts accepting the other processes' connections. */
    public void start() throws IOException {
        InetSocketAddress at = processes.get(self);
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(at);
        Thread t = new Thread(this::acceptLoop, "layer2-accept-" + self);
        t.setDaemon(true);
        t.start();
    }

    /** The actor {@code id} of this process, speaking messages of {@code kind} in {@code codec}'s form. */
    public <M> Endpoint<M> endpoint(int kind, NodeId id, Codec<M> codec) {
        if (processOf(id) != self) {
            throw new IllegalArgumentException(id + " does not belong to process " + self);
        }
        Endpoint<M> e = new Endpoint<>(kind, id, codec);
        if (endpoints.putIfAbsent(key(kind, id.value()), e) != null) {
            throw new IllegalArgumentException("endpoint " + id + " of kind " + kind + " exists");
        }
        return e;
    }

    private static long key(int kind, int id) {
        return ((long) kind << 32) | (id & 0xffffffffL);
    }

    /** Messages dropped: unknown receiver, unreachable process. */
    public long dropped() {
        return dropped.get();
    }

    public long malformed() {
        return malformed.get();
    }

    public long framesIn() {
        return framesIn.get();
    }

    public long framesOut() {
        return framesOut.get();
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                accepted.add(s);
                Thread t = new Thread(() -> readLoop(s), "layer2-read-" + self);
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!closed) {
                    dropped.incrementAndGet();
                }
            }
        }
    }

    private void readLoop(Socket s) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(s.getInputStream(), 1 << 16))) {
            while (!closed) {
                int n = in.readInt();
                if (n < 9 || n > MAX_FRAME) {
                    malformed.incrementAndGet();
                    return; // a broken stream cannot be resynchronised
                }
                int kind = in.readUnsignedByte();
                int from = in.readInt();
                int to = in.readInt();
                byte[] b = new byte[n - 9];
                in.readFully(b);
                framesIn.incrementAndGet();
                Endpoint<?> e = endpoints.get(key(kind, to));
                if (e == null) {
                    dropped.incrementAndGet();
                    continue;
                }
                e.receiveBytes(NodeId.of(from), b);
            }
        } catch (IOException e) {
            // the peer process closed the connection
        }
    }

    private void sendBytes(int kind, NodeId from, NodeId to, byte[] b) {
        int p = processOf(to);
        InetSocketAddress addr = processes.get(p);
        if (addr == null || closed) {
            dropped.incrementAndGet();
            return;
        }
        Outbound o = outbound.computeIfAbsent(p, k -> new Outbound(addr));
        if (!o.write(kind, from.value(), to.value(), b)) {
            dropped.incrementAndGet();
        } else {
            framesOut.incrementAndGet();
        }
    }

    /** One outgoing connection, re-dialled at most once a second after a failure. */
    private static final class Outbound {
        private final InetSocketAddress addr;
        private Socket socket;
        private DataOutputStream out;
        private long retryAfterNanos;

        Outbound(InetSocketAddress addr) {
            this.addr = addr;
        }

        synchronized boolean write(int kind, int from, int to, byte[] b) {
            long now = System.nanoTime(); // ambient-ok: re-dial back-off of a live socket
            if (out == null) {
                if (now < retryAfterNanos) {
                    return false;
                }
                try {
                    socket = new Socket();
                    socket.setTcpNoDelay(true);
                    socket.connect(addr, 2000);
                    out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 1 << 16));
                } catch (IOException e) {
                    closeQuietly();
                    retryAfterNanos = now + 1_000_000_000L;
                    return false;
                }
            }
            try {
                out.writeInt(9 + b.length);
                out.writeByte(kind);
                out.writeInt(from);
                out.writeInt(to);
                out.write(b);
                out.flush();
                return true;
            } catch (IOException e) {
                closeQuietly();
                retryAfterNanos = now + 1_000_000_000L;
                return false;
            }
        }

        synchronized void closeQuietly() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
            out = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
        outbound.values().forEach(Outbound::closeQuietly);
        for (Socket s : accepted) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** One actor's network: sends go through the link, receipts run on the loop. */
    public final class Endpoint<M> implements Network<M> {
        private final int kind;
        private final NodeId id;
        private final Codec<M> codec;
        private volatile MessageHandler<M> handler = (f, m) -> { };
        private volatile Consumer<M> beforeDeliver = m -> { };
        private volatile Consumer<M> prepare = m -> { };

        private Endpoint(int kind, NodeId id, Codec<M> codec) {
            this.kind = kind;
            this.id = id;
            this.codec = codec;
        }

        /** Runs on the loop before each delivery (a MASP makes the party of a newly requested channel here). */
        public void beforeDeliver(Consumer<M> hook) {
            this.beforeDeliver = hook;
        }

        /**
         * Work done on the receiving I/O thread before a message from another process is queued to the loop (the
         * RCO verifies signatures here, into a cache, so the loop only looks them up).
         */
        public void prepare(Consumer<M> hook) {
            this.prepare = hook;
        }

        /** Delivers {@code m} from {@code from} on the loop, as if it had arrived (a client's HTTP submission). */
        public void deliver(NodeId from, M m) {
            try {
                loop.execute(() -> {
                    beforeDeliver.accept(m);
                    handler.onMessage(from, m);
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                dropped.incrementAndGet(); // the process is shutting down
            }
        }

        void receiveBytes(NodeId from, byte[] b) {
            M m;
            try {
                m = codec.decode(b);
            } catch (DecodeException | RuntimeException e) {
                malformed.incrementAndGet();
                return;
            }
            try {
                prepare.accept(m);
            } catch (RuntimeException e) {
                // preparation is an optimisation only: the actor checks everything again on the loop
            }
            deliver(from, m);
        }

        @Override
        public NodeId self() {
            return id;
        }

        @Override
        public List<NodeId> peers() {
            return List.of();
        }

        @Override
        public void send(NodeId to, M message) {
            if (processOf(to) == self) {
                @SuppressWarnings("unchecked")
                Endpoint<M> local = (Endpoint<M>) endpoints.get(key(kind, to.value()));
                if (local == null) {
                    dropped.incrementAndGet();
                } else {
                    local.deliver(id, message);
                }
                return;
            }
            sendBytes(kind, id, to, codec.encode(message));
        }

        @Override
        public void onReceive(MessageHandler<M> h) {
            this.handler = h;
        }
    }
}

package io.aigcnet.chain.live;

import io.aigcnet.core.runtime.MessageHandler;
import io.aigcnet.core.runtime.Network;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.wire.ChainMessage;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.util.AttributeKey;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TCP transport. Each node dials every peer once for its outgoing traffic and accepts the peers'
 * connections for incoming traffic. Frames are a 4-byte big-endian length followed by the canonical
 * encoding; the first frame on a connection is the dialler's 4-byte node id. Undecodable frames are
 * counted and dropped. Lost connections are re-dialled every second; messages to an unconnected peer are
 * dropped (the protocol re-sends what matters).
 */
public final class NettyNetwork implements Network<ChainMessage>, AutoCloseable {
    public static final int MAX_FRAME = 64 * 1024 * 1024;
    private static final AttributeKey<Integer> PEER = AttributeKey.valueOf("aigcnet.peer");

    private final NodeId self;
    private final int listenPort;
    private final Map<NodeId, InetSocketAddress> peers;
    private final LiveRuntime loop;
    private final EventLoopGroup group = new NioEventLoopGroup(2);
    private final Map<NodeId, Channel> outbound = new ConcurrentHashMap<>();
    private final AtomicLong malformed = new AtomicLong();
    private volatile java.util.function.Consumer<ChainMessage> prepare;

    /** Work done on the I/O thread for each decoded message before it is queued to the node's loop. */
    public void setPrepare(java.util.function.Consumer<ChainMessage> prepare) {
        this.prepare = prepare;
    }
    private final AtomicLong dropped = new AtomicLong();
    private volatile MessageHandler<ChainMessage> handler;
    private Channel server;

    public NettyNetwork(NodeId self, int listenPort, Map<NodeId, InetSocketAddress> peers, LiveRuntime loop) {
        this.self = self;
        this.listenPort = listenPort;
        this.peers = new TreeMap<>(peers);
        this.peers.remove(self);
        this.loop = loop;
    }

    public void start() throws InterruptedException {
        ServerBootstrap sb = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new LengthFieldBasedFrameDecoder(MAX_FRAME, 0, 4, 0, 4), new Inbound());
                    }
                });
        server = sb.bind(listenPort).sync().channel();
        group.scheduleAtFixedRate(this::dialMissing, 0, 1, TimeUnit.SECONDS);
    }

    private void dialMissing() {
        for (Map.Entry<NodeId, InetSocketAddress> p : peers.entrySet()) {
            Channel ch = outbound.get(p.getKey());
            if (ch != null && ch.isActive()) {
                continue;
            }
            Bootstrap b = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true).option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 800)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new LengthFieldPrepender(4));
                        }
                    });
            ChannelFuture f = b.connect(p.getValue());
            f.addListener(done -> {
                if (done.isSuccess()) {
                    Channel c = f.channel();
                    c.writeAndFlush(Unpooled.buffer(4).writeInt(self.value()));
                    outbound.put(p.getKey(), c);
                }
            });
        }
    }

    private final class Inbound extends SimpleChannelInboundHandler<ByteBuf> {
        @Override
        protected void channelRead0(ChannelHandlerContext ctx, ByteBuf frame) {
            Integer from = ctx.channel().attr(PEER).get();
            if (from == null) {
                if (frame.readableBytes() != 4) {
                    malformed.incrementAndGet();
                    ctx.close();
                    return;
                }
                ctx.channel().attr(PEER).set(frame.readInt());
                return;
            }
            byte[] bytes = ByteBufUtil.getBytes(frame);
            try {
                ChainMessage m = ChainMessage.decode(bytes);
                java.util.function.Consumer<ChainMessage> p = prepare;
                if (p != null) {
                    p.accept(m); // on this I/O thread, off the node's loop: e.g. signature checks into the cache
                }
                MessageHandler<ChainMessage> h = handler;
                if (h != null) {
                    NodeId peer = NodeId.of(from);
                    loop.execute(() -> h.onMessage(peer, m));
                }
            } catch (DecodeException | RuntimeException e) {
                malformed.incrementAndGet();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close();
        }
    }

    @Override
    public NodeId self() {
        return self;
    }

    @Override
    public List<NodeId> peers() {
        return new ArrayList<>(peers.keySet());
    }

    @Override
    public void send(NodeId to, ChainMessage message) {
        if (to.equals(self)) {
            MessageHandler<ChainMessage> h = handler;
            if (h != null) {
                loop.execute(() -> h.onMessage(self, message));
            }
            return;
        }
        Channel ch = outbound.get(to);
        if (ch == null || !ch.isActive()) {
            dropped.incrementAndGet();
            return;
        }
        ch.writeAndFlush(Unpooled.wrappedBuffer(message.encode()));
    }

    @Override
    public void onReceive(MessageHandler<ChainMessage> h) {
        this.handler = h;
    }

    public int connectedPeers() {
        int n = 0;
        for (Channel c : outbound.values()) {
            n += c.isActive() ? 1 : 0;
        }
        return n;
    }

    /** Whether this node has an open connection to {@code peer}. */
    public boolean connected(NodeId peer) {
        Channel c = outbound.get(peer);
        return c != null && c.isActive();
    }

    public long malformedFrames() {
        return malformed.get();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        outbound.values().forEach(Channel::close);
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}

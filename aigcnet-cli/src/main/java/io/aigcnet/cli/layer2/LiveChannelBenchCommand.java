package io.aigcnet.cli.layer2;

import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.NodeRuntime;
import io.aigcnet.layer2.channel.ChannelEvent;
import io.aigcnet.layer2.channel.ChannelParams;
import io.aigcnet.layer2.channel.ChannelState;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.ChannelWire;
import io.aigcnet.layer2.channel.ClientParty;
import io.aigcnet.layer2.channel.MaspParty;
import io.aigcnet.layer2.channel.RoundOutcome;
import io.aigcnet.layer2.channel.SignedState;
import io.aigcnet.layer2.channel.Transfer;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.Sha256;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.live.LiveRuntime;
import java.io.File;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Channel rounds between two live processes on loopback with real Ed25519: this process is the client,
 * a child process (same classpath) is the MASP, connected by one TCP socket. The channels are
 * pre-established: both processes derive the two key pairs from fixed seeds and install the
 * double-signed genesis state locally (a benchmark shortcut for the anchor chain's establish
 * transaction). Rounds run back to back; a new channel starts every {@code --per-channel} rounds.
 * Prints JSON with rounds/s and p50/p99 round latency.
 */
@Command(name = "channel-live", mixinStandardHelpOptions = true,
        description = "Channel rounds/s and p50/p99 latency between two processes on loopback (real signatures).")
public final class LiveChannelBenchCommand implements Callable<Integer> {
    @Option(names = "--rounds", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds = 2000;

    @Option(names = "--per-channel", description = "rounds per channel (default ${DEFAULT-VALUE})")
    int perChannel = 100;

    @Option(names = "--role", hidden = true, description = "internal: masp")
    String role = "client";

    @Option(names = "--port", hidden = true, description = "internal: MASP listen port")
    int port;

    private static final NodeId CLIENT = NodeId.of(0);
    private static final NodeId MASP = NodeId.of(1);
    private static final NodeId CHAIN = NodeId.of(2);
    private static final long S = 1_000_000_000L;
    private static final ChannelTimers TIMERS = new ChannelTimers(2 * S, 2 * S, 2 * S, 2 * S, 2 * S, 60 * S, 3600 * S, 2);
    private final SignatureScheme ed = SignatureScheme.ed25519();
    private final KeyPair clientKeys = KeyPair.fromSeed(Sha256.hash("bench client".getBytes(StandardCharsets.UTF_8)).toBytes());
    private final KeyPair maspKeys = KeyPair.fromSeed(Sha256.hash("bench masp".getBytes(StandardCharsets.UTF_8)).toBytes());

    @Override
    public Integer call() throws Exception {
        if (rounds < 10 || perChannel < 1 || perChannel > 10_000) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--rounds must be >= 10 and --per-channel in [1, 10000]");
        }
        return role.equals("masp") ? masp() : client();
    }

    private ChannelParams params(long channel) {
        return new ChannelParams(clientKeys.address(), maspKeys.address(), perChannel, channel, TIMERS);
    }

    private Transfer transfer(long i) {
        return new Transfer(Sha256.hash(("bench output " + i).getBytes(StandardCharsets.UTF_8)), 1);
    }

    /** The double-signed genesis both processes can compute (they know both bench keys). */
    private ChannelWire.Event opened(ChannelParams p, long now) {
        ChannelState g = ChannelState.genesis(p.channelId(), p.deposit());
        byte[] d = g.digest().toBytes();
        return new ChannelWire.Event(new ChannelEvent.Opened(p.channelId(), now, new SignedState(g, ed.sign(clientKeys, d),
                ed.sign(maspKeys, d))));
    }

    private int masp() throws Exception {
        try (ServerSocket ss = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress());
             LiveRuntime loop = new LiveRuntime("masp-loop")) {
            System.out.println("ready " + ss.getLocalPort());
            System.out.flush();
            Socket s = ss.accept();
            SocketChannelNetwork net = new SocketChannelNetwork(MASP, CLIENT, s, loop);
            NodeRuntime<ChannelWire> rt = new NodeRuntime<>(loop, loop, net);
            MaspParty[] current = new MaspParty[1];
            long[] offered = {0};
            net.beforeDeliver(m -> {
                if (m instanceof ChannelWire.OpenRequest o && (current[0] == null || !o.params().channelId().equals(current[0].channelId()))) {
                    current[0] = new MaspParty(rt, maspKeys, ed, CLIENT, CHAIN, 0, x -> { });
                    for (int i = 0; i < perChannel; i++) {
                        current[0].offer(transfer(offered[0]++));
                    }
                } else if (m instanceof ChannelWire.HashOffer && current[0] != null && !current[0].isOpen()) {
                    net.deliverNow(CHAIN, opened(params(o2l(current[0])), loop.nanos()));
                }
            });
            net.awaitClosed(); // serve until the client hangs up
        }
        return 0;
    }

    private long o2l(MaspParty p) {
        // channel index = nonce; recovered from the channel id by search over the few indices used
        for (long k = 0; k < 1_000_000; k++) {
            if (params(k).channelId().equals(p.channelId())) {
                return k;
            }
        }
        throw new IllegalStateException("unknown channel");
    }

    private int client() throws Exception {
        String cp = System.getProperty("java.class.path");
        String javaBin = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process child = new ProcessBuilder(javaBin, "-cp", cp, "io.aigcnet.cli.Main", "bench", "channel-live", "--role", "masp",
                "--port", "0", "--rounds", Integer.toString(rounds), "--per-channel", Integer.toString(perChannel))
                .redirectErrorStream(true).start();
        try (LiveRuntime loop = new LiveRuntime("client-loop")) {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = r.readLine();
            if (line == null || !line.startsWith("ready ")) {
                throw new IllegalStateException("MASP process did not start: " + line);
            }
            int p = Integer.parseInt(line.substring(6).trim());
            Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), p);
            SocketChannelNetwork net = new SocketChannelNetwork(CLIENT, MASP, s, loop);
            NodeRuntime<ChannelWire> rt = new NodeRuntime<>(loop, loop, net);
            int warm = Math.min(200, rounds / 5);
            int total = warm + rounds;
            long[] lat = new long[total];
            long[] startAt = new long[1];
            int[] done = {0};
            long[] measuredStart = {0};
            CountDownLatch finished = new CountDownLatch(1);
            ClientParty[] client = new ClientParty[1];
            Runnable[] next = new Runnable[1];
            next[0] = () -> {
                if (done[0] == total) {
                    finished.countDown();
                    return;
                }
                if (done[0] == warm) {
                    measuredStart[0] = System.nanoTime(); // ambient-ok: benchmark timing
                }
                if (done[0] % perChannel == 0) {
                    ChannelParams cp2 = params(done[0] / perChannel);
                    client[0] = new ClientParty(rt, clientKeys, ed, MASP, CHAIN, RandomSource.XO_RO_SHI_RO_128_PP.create(done[0]),
                            o -> onOutcome(o, done, lat, startAt, next));
                    client[0].open(cp2);
                    net.deliverNow(CHAIN, opened(cp2, loop.nanos()));
                }
                startAt[0] = System.nanoTime(); // ambient-ok
                if (!client[0].pay(transfer(done[0]))) {
                    loop.schedule(1_000_000L, next[0]);
                }
            };
            loop.execute(next[0]);
            if (!finished.await(600, TimeUnit.SECONDS)) {
                throw new IllegalStateException("benchmark did not finish in 10 minutes (" + done[0] + " rounds)");
            }
            double seconds = (System.nanoTime() - measuredStart[0]) / 1e9; // ambient-ok
            long[] m = Arrays.copyOfRange(lat, warm, total);
            Arrays.sort(m);
            System.out.printf(Locale.ROOT, "{\"rounds\": %d, \"rounds_per_s\": %.1f, \"latency_ms\": {\"p50\": %.3f, \"p99\": %.3f},"
                            + " \"signatures\": \"ed25519\", \"processes\": 2, \"rounds_per_channel\": %d}%n",
                    rounds, rounds / seconds, m[m.length / 2] / 1e6, m[(int) Math.min(m.length - 1, Math.floor(m.length * 0.99))] / 1e6,
                    perChannel);
            s.close();
        } finally {
            child.destroy();
            child.waitFor(5, TimeUnit.SECONDS);
        }
        return 0;
    }

    private static void onOutcome(RoundOutcome o, int[] done, long[] lat, long[] startAt, Runnable[] next) {
        if (!o.completed()) {
            throw new IllegalStateException("a benchmark round rolled back: " + o.reason());
        }
        lat[done[0]] = System.nanoTime() - startAt[0]; // ambient-ok
        done[0]++;
        next[0].run();
    }
}

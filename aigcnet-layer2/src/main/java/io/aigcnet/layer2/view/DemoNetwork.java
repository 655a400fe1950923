package io.aigcnet.layer2.view;

import io.aigcnet.chain.app.AppExecutor;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.http.AppView;
import io.aigcnet.chain.live.ApiRoute;
import io.aigcnet.chain.live.LiveNode;
import io.aigcnet.chain.live.LocalNetwork;
import io.aigcnet.chain.live.NodeApplication;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.layer2.service.sim.ServiceMarket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.rng.simple.RandomSource;

/**
 * What {@code aigcnet demo --dashboard} runs: a live DPoS chain of {@code nodes} super nodes on loopback in this
 * process (real Netty, RocksDB and Ed25519, 1 s blocks), a client that sends a few transfers a second to it, and
 * ProSecutor's service market paced to the wall clock ({@link MarketView}), whose panels node 0's dashboard shows.
 */
public final class DemoNetwork implements AutoCloseable {
    /** Market size of the demo (as {@code aigcnet demo}). */
    public static final int MASPS = 8;
    public static final int RCOS = 4;
    /** Paid rounds after which a demo client closes a channel (so closes, challenge windows and settlements show). */
    public static final int CHANNEL_LIFETIME = 3;

    private final List<LiveNode> nodes = new ArrayList<>();
    private final MarketView market;
    private final Thread load;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final int dashboardPort;
    private volatile boolean stop;

    /**
     * @param dir where the nodes keep their RocksDB stores
     * @param port node 0's HTTP port (the dashboard); node i uses port + 2i, and port - 1 + 2i for peers
     * @param txPerSecond transfers the demo client sends (0 for none)
     */
    public DemoNetwork(Path dir, int nodeCount, int port, long blockIntervalMs, int clients, long seed, double txPerSecond)
            throws Exception {
        if (nodeCount < 1 || nodeCount > 16) {
            throw new IllegalArgumentException("nodes must be in [1, 16], got " + nodeCount);
        }
        if (port < 1025 || port + 2 * nodeCount > 65535) {
            throw new IllegalArgumentException("--port must be in [1025, " + (65535 - 2 * nodeCount) + "], got " + port);
        }
        for (int p = port - 1; p < port - 1 + 2 * nodeCount; p++) {
            if (!LocalNetwork.portFree(p)) {
                throw new IllegalArgumentException("port " + p + " on 127.0.0.1 is already in use (the demo needs ports " + (port - 1)
                        + ".." + (port - 2 + 2 * nodeCount) + "); choose another --port");
            }
        }
        this.dashboardPort = port;
        ServiceMarket m = new ServiceMarket(seed, clients, MASPS, RCOS, 0.2);
        m.closeChannelsAfter(CHANNEL_LIFETIME);
        this.market = new MarketView(m, "ProSecutor's service market (" + MASPS + " MASPs, " + RCOS + " of them RCOs, " + clients
                + " clients) on the simulated runtime, paced to the wall clock; its channels, roll-ups and storage are simulated, "
                + "the chain panels above show this demo's live chain", 0.25, 20);
        LocalNetwork.Plan plan = LocalNetwork.plan(nodeCount, dir, port - 1, blockIntervalMs, 4,
                RandomSource.SPLIT_MIX_64.create(seed), System.currentTimeMillis() + 1000); // ambient-ok: live genesis
        for (int i = 0; i < nodeCount; i++) {
            nodes.add(new LiveNode(plan.nodes().get(i), i == 0 ? withView(market) : NodeApplication.NONE));
        }
        for (LiveNode n : nodes) {
            n.start();
        }
        market.start();
        List<KeyPair> payers = plan.clientSeeds().stream().map(KeyPair::fromSeedHex).toList();
        this.load = new Thread(() -> sendTransfers(payers, txPerSecond), "aigcnet-demo-client");
        load.setDaemon(true);
        if (txPerSecond > 0) {
            load.start();
        }
    }

    private static NodeApplication withView(AppView view) {
        return new NodeApplication() {
            @Override
            public AppExecutor executor() {
                return AppExecutor.NONE;
            }

            @Override
            public List<ApiRoute> routes(NodeAccess node) {
                return List.of();
            }

            @Override
            public AppView view() {
                return view;
            }
        };
    }

    /** Round-robin transfers between the funded clients, each to a random node's {@code POST /tx}. */
    private void sendTransfers(List<KeyPair> payers, double perSecond) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long[] nonce = new long[payers.size()];
        long gapNanos = (long) (1e9 / perSecond);
        var rng = RandomSource.SPLIT_MIX_64.create(7L);
        long k = 0;
        while (!stop) {
            int from = (int) (k % payers.size());
            int to = (from + 1) % payers.size();
            Transaction tx = Transaction.transfer(payers.get(from), payers.get(to).address(), nonce[from] + 1, 1 + rng.nextInt(10),
                    1 + rng.nextInt(1000), SignatureScheme.ed25519());
            String url = "http://127.0.0.1:" + (dashboardPort + 2 * rng.nextInt(nodes.size())) + "/tx";
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .POST(HttpRequest.BodyPublishers.ofString(HexFormat.of().formatHex(tx.encode()))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("\"accepted\":true")) {
                    nonce[from]++;
                    sent.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
            } catch (IOException e) {
                refused.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
            k++;
            try {
                Thread.sleep(gapNanos / 1_000_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The dashboard's URL (node 0). */
    public String url() {
        return "http://127.0.0.1:" + dashboardPort + "/";
    }

    public int nodeCount() {
        return nodes.size();
    }

    public long transfersAccepted() {
        return sent.get();
    }

    public long transfersRefused() {
        return refused.get();
    }

    public MarketView market() {
        return market;
    }

    @Override
    public void close() {
        stop = true;
        load.interrupt();
        market.close();
        for (LiveNode n : nodes) {
            n.close();
        }
    }
}

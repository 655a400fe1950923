package io.aigcnet.layer2.view;

import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.http.AppView;
import io.aigcnet.chain.storage.StorageReceipt;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.layer2.channel.TransferChannelContract;
import io.aigcnet.layer2.rollup.RollupLedger;
import io.aigcnet.layer2.service.sim.RoundRecord;
import io.aigcnet.layer2.service.sim.ServiceMarket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ProSecutor's service market ({@link ServiceMarket}, the simulated runtime) paced to the wall clock on its own
 * thread: every {@code stepS} of wall time it advances the market by {@code stepS} simulated seconds, then
 * publishes an immutable {@link AppView.Snapshot}. The market is touched only by that thread; readers get the
 * last snapshot.
 */
public final class MarketView implements AppView, AutoCloseable {
    private static final int HISTORY = 900;
    private static final int LATEST = 30;
    private final ServiceMarket market;
    private final String source;
    private final double stepS;
    private final double opinionsPerSecond;
    private final Thread driver;
    private final List<Double> times = new ArrayList<>();
    private final List<List<Double>> history = new ArrayList<>();
    private final Map<Hash, Double> rollupSeenAt = new HashMap<>();
    private volatile Snapshot snapshot;
    private volatile boolean stop;
    private volatile Throwable failure;

    /**
     * @param stepS wall and simulated seconds per step (the time resolution of the panels)
     * @param opinionsPerSecond background opinions from other clients, as in {@code aigcnet demo}
     */
    public MarketView(ServiceMarket market, String source, double stepS, double opinionsPerSecond) {
        if (!(stepS > 0 && stepS <= 10)) {
            throw new IllegalArgumentException("stepS must be in (0, 10], got " + stepS);
        }
        this.market = market;
        this.source = source;
        this.stepS = stepS;
        this.opinionsPerSecond = opinionsPerSecond;
        for (int j = 0; j < market.masps(); j++) {
            history.add(new ArrayList<>());
        }
        this.driver = new Thread(this::drive, "aigcnet-market");
        driver.setDaemon(true);
    }

    /** Starts the market's first rounds and the pacing thread. */
    public void start() {
        market.start();
        publish();
        driver.start();
    }

    private void drive() {
        long t0 = System.nanoTime(); // ambient-ok: the demo paces the simulated market to the wall clock
        long k = 0;
        try {
            while (!stop) {
                k++;
                long due = t0 + (long) (k * stepS * 1e9);
                long wait = due - System.nanoTime(); // ambient-ok: wall-clock pacing
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                long opinions = Math.round(stepS * opinionsPerSecond);
                if (opinions > 0) {
                    market.backgroundOpinions(opinions, opinionsPerSecond);
                }
                market.advance(stepS);
                publish();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e; // shown as the source line; the chain panels keep working
        }
    }

    private double now() {
        return market.simulation().nanos() / 1e9;
    }

    private void publish() {
        double t = now();
        int masps = market.masps();
        times.add(t);
        for (int j = 0; j < masps; j++) {
            history.get(j).add(market.reputation(j));
        }
        if (times.size() > HISTORY) {
            times.remove(0);
            history.forEach(h -> h.remove(0));
        }
        List<RoundRecord> rounds = market.rounds();
        int[] served = new int[masps];
        rounds.forEach(r -> served[r.masp()]++);
        List<String> labels = new ArrayList<>();
        List<Double> current = new ArrayList<>();
        List<Double> shares = new ArrayList<>();
        for (int j = 0; j < masps; j++) {
            labels.add(maspLabel(j));
            current.add(market.reputation(j));
            shares.add(rounds.isEmpty() ? 0.0 : served[j] / (double) rounds.size());
        }
        Reputations reps = new Reputations(labels, current, shares, List.copyOf(times),
                history.stream().map(List::copyOf).toList());
        snapshot = new Snapshot(t, channels(), rollups(t), market.lane().ledger().rollups().size(),
                market.lane().ledger().poisons().size(), reps, storage(), latestRounds(rounds), rounds.size());
    }

    private String maspLabel(int j) {
        return "MASP " + j + " (" + market.steps(j) + " steps)";
    }

    private List<Channel> channels() {
        Map<Hash, ServiceMarket.ChannelUse> uses = new HashMap<>();
        market.channelUses().forEach(u -> uses.put(u.channelId(), u));
        List<Channel> out = new ArrayList<>();
        for (TransferChannelContract.ChannelInfo c : market.contract().channels()) {
            ServiceMarket.ChannelUse u = uses.get(c.id());
            long paid = u == null ? 0 : u.paid();
            out.add(new Channel(c.id().hex(), u == null ? c.client().hex() : "client " + u.client(),
                    u == null ? c.masp().hex() : maspLabel(u.masp()), c.deposit(), paid, c.deposit() - paid,
                    u == null ? 0 : u.transfers(), c.status(),
                    c.challengeDeadlineNanos() < 0 ? Double.NaN : c.challengeDeadlineNanos() / 1e9));
        }
        return out;
    }

    private List<Rollup> rollups(double t) {
        RollupLedger ledger = market.lane().ledger();
        List<Transaction> all = ledger.rollups();
        List<Rollup> out = new ArrayList<>();
        for (int i = Math.max(0, all.size() - LATEST); i < all.size(); i++) {
            Transaction tx = all.get(i);
            int opinions = 0;
            long bytes = RollupLedger.TX_BYTES;
            try {
                RollupPayload p = RollupPayload.decode(tx.payload());
                bytes = RollupLedger.canonicalSize(p);
                if (p instanceof RollupPayload.Full f) {
                    opinions = f.block().opinionIds().size();
                } else if (p instanceof RollupPayload.Compact c) {
                    opinions = c.count();
                }
            } catch (DecodeException e) {
                // the ledger admitted only decodable payloads; keep the defaults
            }
            double seen = rollupSeenAt.computeIfAbsent(tx.id(), k -> t);
            out.add(new Rollup(tx.id().hex(), seen, opinions, bytes, ledger.isPoisoned(tx.id())));
        }
        return out;
    }

    private Storage storage() {
        List<Receipt> recent = new ArrayList<>();
        List<StorageReceipt> rs = market.recentReceipts();
        for (int i = rs.size() - 1; i >= 0 && recent.size() < 10; i--) {
            StorageReceipt r = rs.get(i);
            recent.add(new Receipt(r.contentKey().hex(), r.size(), r.manifestNodes()));
        }
        return new Storage(market.storedObjects(), market.storage().bytesStored(), market.storage().nodes().size(),
                market.storage().replication(), recent);
    }

    private List<Round> latestRounds(List<RoundRecord> rounds) {
        List<Round> out = new ArrayList<>();
        for (int i = Math.max(0, rounds.size() - LATEST); i < rounds.size(); i++) {
            RoundRecord r = rounds.get(i);
            // a round is recorded only once it has passed every stage, in this order (ServiceMarket)
            out.add(new Round(i + 1, r.startS(), r.latencyS(), "client " + r.client(), maspLabel(r.masp()),
                    List.of("selection", "handshake", "generation", "storage", "payment", "opinion"), r.fee(), r.quality(),
                    r.satisfied()));
        }
        return out;
    }

    @Override
    public String source() {
        Throwable f = failure;
        return f != null ? "the market stopped: " + f : source;
    }

    @Override
    public Snapshot snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        stop = true;
        driver.interrupt();
    }
}

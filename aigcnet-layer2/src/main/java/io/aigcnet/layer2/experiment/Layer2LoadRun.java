package io.aigcnet.layer2.experiment;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.block.CanonicalSize;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.metrics.LatencyRecorder;
import io.aigcnet.chain.sim.CpuBudget;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.chain.tx.TxType;
import io.aigcnet.chain.workload.ChiSquaredFees;
import io.aigcnet.chain.workload.TransferWorkload;
import io.aigcnet.core.runtime.sim.CostTable;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.SimCpu;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.layer2.anchor.AnchoredChannelHost;
import io.aigcnet.layer2.anchor.ChainRollupSink;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.sim.ChannelFleet;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupLedger;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * ProSecutor under an offered load, on the simulated runtime with every machine's CPU budget charged from a
 * calibrated cost table. One DPoS anchor chain ({@code superNodes} super nodes + 2 full nodes: the access node
 * layer 2 and clients submit to, and an observer) carries everything layer 2 puts on chain: the RCOs' roll-up
 * and poison transactions and the channels' establish/close transactions, with the same block interval and
 * capacity as the baseline, a fee-priority pool. Opinions go to {@code rcoLanes} roll-up lanes of
 * {@code rcosPerLane} RCOs each (lane 0's RCOs run on the super nodes' machines, other lanes on machines of
 * their own), fee-ownership transfers through {@code channels} client–MASP channels (one client each; the MASP
 * parties share {@code maspMachines} machines), plain transfers straight to the chain.
 *
 * <p>Counted as done (what finalises): an opinion when a non-poisoned roll-up holding it is in a block the
 * access node has finalised; a transfer when the client holds the double-signed state; a plain transfer when
 * its block is final at the observer. The load starts after a warm-up of 3 blocks (channels open) and runs
 * through the measurement window, which starts one pipeline delay (a roll-up period and 4 blocks) after the
 * load, so the window sees the steady state; throughput = what finalised inside the window / its length. Past
 * saturation, the window sees the capacity, not the offered load.
 *
 * <p>Ledger growth: the paper's canonical accounting (120 B header per block, 99 B per transaction, a roll-up
 * = 99 B + 32 B per listed opinion hash + the 32 B root) over the finalised blocks whose slots fall in the window.
 */
public final class Layer2LoadRun {
    /**
     * @param tps offered operations per second
     * @param opinionShare share of opinions; {@code transferShare} of fee-ownership transfers; the rest are plain
     *        transfers
     */
    public record Settings(double tps, double durationS, double opinionShare, double transferShare, RollupMode mode,
                           int superNodes, int rcoLanes, int rcosPerLane, int masps, int clients, int channels,
                           int maspMachines, int roundsPerChannel, double blockIntervalS, int blockCapacity,
                           int rollupCapacity, double rollupTimeThresholdS, int cores, int clientCores,
                           NetworkModel network, CostTable costs) {
        double plainShare() {
            return Math.max(0, 1 - opinionShare - transferShare);
        }
    }

    /** Per-run measurements; CPU utilisation is per machine kind (busy fraction of its cores over the run). */
    public record Outcome(double throughputTps, double opinionTps, double transferTps, double plainTps,
                          double channelP50S, double channelP95S, double opinionP50S, double opinionP95S,
                          long rollupTxs, long poisonTxs, long opinionHashes, long channelTxs, long plainTxs,
                          double canonicalMiBPerHour, long offered, double superNodeCpu, double rcoCpu, double maspCpu,
                          long pendingAtEnd) {
    }

    private Layer2LoadRun() {
    }

    public static Outcome run(Settings s, long seed) {
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        UniformRandomProvider mix = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        UniformRandomProvider keyRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        Simulation sim = new Simulation(false);
        SignatureScheme scheme = ModelledSignatures.INSTANCE;
        CpuBudget budget = new CpuBudget(s.cores(), s.costs());
        CpuBudget clientBudget = new CpuBudget(s.clientCores(), s.costs());
        long interval = Math.round(s.blockIntervalS() * 1e9);
        long loadStart = 3 * interval; // channels are established in the first blocks
        long lag = Math.round(s.rollupTimeThresholdS() * 1e9) + 4 * interval;
        long from = loadStart + lag;
        long until = from + Math.round(s.durationS() * 1e9);

        // parties that need anchor-chain accounts exist before the chain's genesis
        KeyPair[] clientKeys = ChannelFleet.keys(s.channels(), keyRng);
        KeyPair[] maspKeys = ChannelFleet.keys(s.channels(), keyRng);
        UniformRandomProvider plainRng = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        TransferWorkload plain = s.plainShare() > 0
                ? new TransferWorkload(1000, keyRng, plainRng, ChiSquaredFees.paper(plainRng), scheme, 1_000) : null;
        List<Address> accounts = new ArrayList<>();
        Map<Address, KeyPair> wallets = new HashMap<>();
        for (int i = 0; i < s.channels(); i++) {
            accounts.add(clientKeys[i].address());
            accounts.add(maspKeys[i].address());
            wallets.put(clientKeys[i].address(), clientKeys[i]);
            wallets.put(maspKeys[i].address(), maspKeys[i]);
        }
        if (plain != null) {
            accounts.addAll(plain.addresses());
        }
        SimChain chain = new SimChain(sim, s.superNodes(), 2, s.network(), keyRng,
                RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()), interval, s.blockCapacity(), scheme, accounts,
                Long.MAX_VALUE / 4 / Math.max(1, accounts.size()), new NodeOptions("fee", 1_000_000, 0, 100_000_000L, false),
                i -> new MemoryLedgerStore(false, false));
        SimCpu[] chainCpu = budget.attach(chain);
        int access = s.superNodes();
        int observer = s.superNodes() + 1;

        // what the observer finalises in the window: canonical bytes and plain transfers
        long firstSlot = from / interval + 1;
        long lastSlot = until / interval;
        long[] ledger = {0, 0, 0}; // canonical bytes, plain txs, channel txs
        chain.startAll();
        chain.node(observer).addListener((b, c, t) -> {
            long slot = b.header().slot();
            if (slot < firstSlot || slot > lastSlot) {
                return;
            }
            ledger[0] += canonicalBytes(b);
            for (Transaction tx : b.txs()) {
                if (tx.type() == TxType.TRANSFER) {
                    ledger[1]++;
                } else if (tx.type() == TxType.TRANSFER_CHANNEL) {
                    ledger[2]++;
                }
            }
        });
        long[] plainDone = {0};
        chain.node(observer).addListener((b, c, t) -> {
            if (t >= from && t <= until) {
                plainDone[0] += b.txs().stream().filter(tx -> tx.type() == TxType.TRANSFER).count();
            }
        });

        // roll-up lanes: lane 0's RCOs are the super nodes' machines
        RollupConfig d = RollupConfig.defaults(s.mode());
        RollupConfig rc = new RollupConfig(s.rollupCapacity(), Math.round(s.rollupTimeThresholdS() * 1e9), s.mode(), d.mwsl(),
                d.leafSensitivity(), Math.max(d.clientCapacity(), s.clients()));
        List<RollupScenario> lanes = new ArrayList<>();
        List<ChainRollupSink> sinks = new ArrayList<>();
        List<SimCpu> rcoCpus = new ArrayList<>();
        int maspsPerLane = Math.max(1, s.masps() / s.rcoLanes());
        for (int l = 0; l < s.rcoLanes(); l++) {
            ChainRollupSink sink = new ChainRollupSink(chain.node(access));
            int lane = l;
            SimCpu[] own = new SimCpu[s.rcosPerLane()];
            RollupScenario sc = new RollupScenario(sim, root.nextLong(), s.rcosPerLane(), maspsPerLane, s.clients(), rc, scheme,
                    s.network(), sink, null, i -> {
                        if (lane == 0 && i < s.superNodes()) {
                            return chainCpu[i];
                        }
                        own[i] = budget.machine(sim);
                        rcoCpus.add(own[i]);
                        return own[i];
                    });
            lanes.add(sc);
            sinks.add(sink);
        }

        // channels: fixed topology, contract on the real chain through the access node
        long ms = 1_000_000L;
        ChannelTimers timers = new ChannelTimers(2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 60_000 * ms,
                2 * interval, 2);
        SimCpu[] maspCpu = new SimCpu[s.maspMachines()];
        for (int i = 0; i < maspCpu.length; i++) {
            maspCpu[i] = budget.machine(sim);
        }
        SimCpu hostCpu = budget.machine(sim);
        ChannelFleet fleet = new ChannelFleet(sim, clientKeys, maspKeys, s.channels(), s.network(), scheme, timers,
                s.roundsPerChannel(), root.nextLong(), from, until,
                (rt, contract, dir) -> new AnchoredChannelHost(rt, contract, chain.node(access), dir, wallets, scheme),
                new ChannelFleet.Machines(i -> clientBudget.machine(sim), i -> maspCpu[i % maspCpu.length], hostCpu));

        Map<Hash, Long> opinionSent = new HashMap<>();
        long[] offered = new long[3];
        long tick = 1_000_000L;
        double[] carry = {0};
        Runnable[] inject = new Runnable[1];
        inject[0] = () -> {
            carry[0] += s.tps() * tick / 1e9;
            int n = (int) carry[0];
            carry[0] -= n;
            for (int i = 0; i < n; i++) {
                double u = mix.nextDouble();
                if (u < s.opinionShare()) {
                    offered[0]++;
                    Transaction op = lanes.get(s.rcoLanes() == 1 ? 0 : mix.nextInt(s.rcoLanes())).submitOne();
                    opinionSent.put(op.id(), sim.nanos());
                } else if (u < s.opinionShare() + s.transferShare()) {
                    offered[1]++;
                    fleet.request();
                } else {
                    offered[2]++;
                    chain.node(access).submit(plain.next());
                }
            }
            if (sim.nanos() + tick < until) {
                sim.after(tick, inject[0]);
            }
        };
        sim.at(loadStart, Simulation.PRIORITY_TIMER, 9, inject[0]);
        // the observer learns a block's finality from the next block: run two more intervals for the ledger count
        sim.runUntil(until + 2 * interval + 1);

        long opinions = 0;
        long rollups = 0;
        long poisons = 0;
        LatencyRecorder opinionLatency = new LatencyRecorder();
        for (ChainRollupSink sink : sinks) {
            Map<Hash, Transaction> byId = new HashMap<>();
            sink.submitted().forEach(tx -> byId.put(tx.id(), tx));
            for (ChainRollupSink.Anchored a : sink.anchored()) {
                if (a.finalisedAtNanos() < from || a.finalisedAtNanos() > until) {
                    continue;
                }
                RollupPayload p = decode(byId.get(a.txId()));
                if (p instanceof RollupPayload.Poison) {
                    poisons++;
                } else if (!sink.anchoredLedger().isPoisoned(a.txId())) {
                    rollups++;
                    if (p instanceof RollupPayload.Full f) {
                        opinions += f.block().opinionIds().size();
                        for (Hash id : f.block().opinionIds()) {
                            Long at = opinionSent.get(id);
                            if (at != null) {
                                opinionLatency.add((a.finalisedAtNanos() - at) / 1e9);
                            }
                        }
                    } else {
                        opinions += ((RollupPayload.Compact) p).count();
                    }
                }
            }
        }
        double dur = s.durationS();
        double opinionTps = opinions / dur;
        double transferTps = fleet.completedInWindow() / dur;
        double plainTps = plainDone[0] / dur;
        double covered = (lastSlot - firstSlot + 1) * s.blockIntervalS();
        long pending = fleet.queued();
        for (RollupScenario l : lanes) {
            for (var r : l.rcos()) {
                pending = Math.max(pending, r.pendingCount());
            }
        }
        double superCpu = 0;
        for (int i = 0; i < s.superNodes(); i++) {
            superCpu = Math.max(superCpu, chainCpu[i].utilisation());
        }
        double rcoCpu = rcoCpus.stream().mapToDouble(SimCpu::utilisation).max().orElse(superCpu);
        double maspMax = 0;
        for (SimCpu c : maspCpu) {
            maspMax = Math.max(maspMax, c.utilisation());
        }
        return new Outcome(opinionTps + transferTps + plainTps, opinionTps, transferTps, plainTps,
                fleet.latency().percentile(50), fleet.latency().percentile(95), opinionLatency.percentile(50),
                opinionLatency.percentile(95), rollups, poisons, opinions, ledger[2], ledger[1],
                ledger[0] / covered * 3600 / (1024.0 * 1024.0), offered[0] + offered[1] + offered[2], superCpu, rcoCpu,
                maspMax, pending);
    }

    /** Canonical bytes of a block: header, 99 B per transaction, and a roll-up's listed hashes and root. */
    static long canonicalBytes(Block b) {
        long bytes = CanonicalSize.HEADER_BYTES;
        for (Transaction tx : b.txs()) {
            if (tx.type() == TxType.REPUTATION_ROLLUP) {
                try {
                    bytes += RollupLedger.canonicalSize(RollupPayload.decode(tx.payload()));
                } catch (DecodeException e) {
                    bytes += CanonicalSize.TX_BYTES;
                }
            } else {
                bytes += CanonicalSize.TX_BYTES;
            }
        }
        return bytes;
    }

    private static RollupPayload decode(Transaction tx) {
        try {
            return RollupPayload.decode(tx.payload());
        } catch (DecodeException e) {
            throw new IllegalStateException(e);
        }
    }
}

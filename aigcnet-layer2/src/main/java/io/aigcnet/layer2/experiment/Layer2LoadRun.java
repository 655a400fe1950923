package io.aigcnet.layer2.experiment;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.block.CanonicalSize;
import io.aigcnet.layer2.channel.ChannelTimers;
import io.aigcnet.layer2.channel.sim.ChannelFleet;
import io.aigcnet.chain.codec.DecodeException;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.layer2.rollup.RollupConfig;
import io.aigcnet.layer2.rollup.RollupLedger;
import io.aigcnet.layer2.rollup.RollupMode;
import io.aigcnet.chain.tx.RollupPayload;
import io.aigcnet.layer2.rollup.sim.RollupScenario;
import io.aigcnet.chain.sim.BaselineRun;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * ProSecutor under an offered load of service-related operations, on the simulated runtime: opinions go
 * through one roll-up lane of RCOs, fee-ownership transfers through a fleet of duplex channels, plain
 * transfers to the anchor chain. Operations arrive at a constant rate and are split by the mix with a
 * seeded draw. Counted as done: an opinion when a roll-up holding it was proposed and not poisoned, a
 * transfer when the client holds its double-signed state, a plain transfer when finalised on chain.
 *
 * <p>Ledger growth uses the paper's canonical accounting (§5.4): one 120 B header per block interval,
 * 99 B per anchor transaction, 32 B per hash; a roll-up is one transaction plus its hashes
 * ({@link RollupLedger#canonicalSize}); every accepted Transfer_Channel transaction (establish, close and
 * the counterparty's close submission) is one transaction.
 */
public final class Layer2LoadRun {
    /**
     * @param tps offered operations per second
     * @param opinionShare share of opinions; {@code transferShare} of fee-ownership transfers; the rest are plain
     *        transfers
     */
    public record Settings(double tps, double durationS, double opinionShare, double transferShare, RollupMode mode,
                           int rcos, int masps, int clients, int roundsPerChannel, double blockIntervalS,
                           int rollupCapacity, double rollupTimeThresholdS, NetworkModel network) {
        double plainShare() {
            return Math.max(0, 1 - opinionShare - transferShare);
        }
    }

    /** Per-run measurements. */
    public record Outcome(double throughputTps, double opinionTps, double transferTps, double plainTps,
                          double channelP50S, double channelP95S, long rollupTxs, long poisonTxs, long opinionHashes,
                          long channelTxs, long plainTxs, double canonicalMiBPerHour, long offered) {
    }

    private Layer2LoadRun() {
    }

    public static Outcome run(Settings s, long seed) {
        UniformRandomProvider root = RandomSource.SPLIT_MIX_64.create(seed);
        UniformRandomProvider mix = RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong());
        Simulation sim = new Simulation(false);
        long interval = Math.round(s.blockIntervalS() * 1e9);
        // channels are established in the first blocks; the offered load runs over [warmup, end]
        long warmup = 3 * interval;
        long end = warmup + Math.round(s.durationS() * 1e9);
        // operations offered before `end` still count if done within one roll-up period and two blocks after it
        long drainEnd = end + Math.round(s.rollupTimeThresholdS() * 1e9) + 2 * interval;

        RollupConfig d = RollupConfig.defaults(s.mode());
        RollupConfig rc = new RollupConfig(s.rollupCapacity(), Math.round(s.rollupTimeThresholdS() * 1e9), s.mode(), d.mwsl(),
                d.leafSensitivity(), Math.max(d.clientCapacity(), s.clients()));
        List<Transaction> rollupsByEnd = new ArrayList<>();
        RollupScenario lane = new RollupScenario(sim, root.nextLong(), s.rcos(), s.masps(), s.clients(), rc,
                ModelledSignatures.INSTANCE, s.network(), tx -> {
                    if (sim.nanos() <= drainEnd) {
                        rollupsByEnd.add(tx);
                    }
                });

        double transferRate = s.tps() * s.transferShare();
        // enough channels that a request rarely waits: ~0.15 s of transfers in flight, at least 4 pairs
        int pairs = (int) Math.max(4, Math.ceil(transferRate * 0.15));
        long ms = 1_000_000L;
        ChannelTimers timers = new ChannelTimers(2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 2_000 * ms, 60_000 * ms,
                2 * interval, 2);
        ChannelFleet fleet = new ChannelFleet(sim, pairs, s.network(), ModelledSignatures.INSTANCE, timers, interval,
                s.roundsPerChannel(), root.nextLong(), drainEnd);

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
                    lane.submitOne();
                } else if (u < s.opinionShare() + s.transferShare()) {
                    offered[1]++;
                    fleet.request();
                } else {
                    offered[2]++;
                }
            }
            if (sim.nanos() + tick < end) {
                sim.after(tick, inject[0]);
            }
        };
        sim.after(warmup, inject[0]);
        long[] channelTxs = {0, 0};
        sim.at(warmup, Simulation.PRIORITY_TIMER, 11, () -> channelTxs[0] = fleet.anchorTxs());
        sim.at(end, Simulation.PRIORITY_TIMER, 11, () -> channelTxs[1] = fleet.anchorTxs());
        sim.runUntil(drainEnd + 1);
        long[] channelTxsAtEnd = {channelTxs[1] - channelTxs[0]};

        long opinions = 0;
        long rollupBytes = 0;
        long rollups = 0;
        long poisons = 0;
        for (Transaction tx : rollupsByEnd) {
            RollupPayload p;
            try {
                p = decode(tx);
            } catch (DecodeException e) {
                throw new IllegalStateException(e);
            }
            rollupBytes += RollupLedger.canonicalSize(p);
            if (p instanceof RollupPayload.Poison) {
                poisons++;
            } else if (!lane.ledger().isPoisoned(tx.id())) {
                rollups++;
                opinions += p instanceof RollupPayload.Full f ? f.block().opinionIds().size()
                        : ((RollupPayload.Compact) p).count();
            }
        }
        double plainTps = 0;
        long plainTxs = 0;
        if (offered[2] > 0) {
            // plain transfers stay on the anchor chain: run the ledger's chain at their rate
            double plainRate = s.tps() * s.plainShare();
            BaselineRun.Outcome b = BaselineRun.run(new BaselineRun.Settings(plainRate, s.blockIntervalS(), 2000, s.durationS(),
                    false, 4, 2, "fee", 1_000_000, 45, 1000), RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()),
                    RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()),
                    RandomSource.XO_RO_SHI_RO_128_PP.create(root.nextLong()), x -> { });
            plainTps = b.metrics().throughputTps();
            plainTxs = b.metrics().finalisedTxs();
        }
        double dur = s.durationS();
        long blocks = (long) Math.floor(dur / s.blockIntervalS());
        long bytes = blocks * CanonicalSize.HEADER_BYTES + rollupBytes
                + (channelTxsAtEnd[0] + plainTxs) * (long) CanonicalSize.TX_BYTES;
        double opinionTps = opinions / dur;
        double transferTps = fleet.completedInWindow() / dur;
        return new Outcome(opinionTps + transferTps + plainTps, opinionTps, transferTps, plainTps,
                fleet.latency().percentile(50), fleet.latency().percentile(95), rollups, poisons, opinions, channelTxsAtEnd[0],
                plainTxs, bytes / dur * 3600 / (1024.0 * 1024.0), offered[0] + offered[1] + offered[2]);
    }

    private static RollupPayload decode(Transaction tx) throws DecodeException {
        return RollupPayload.decode(tx.payload());
    }
}

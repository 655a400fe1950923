package io.aigcnet.edge.attacks;

import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.ModelledSignatures;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Spamming / DoS (ProSecutor Table II, defence: the transaction fee scheme). A funded spammer sends valid
 * transfers at the minimum fee, far above the chain's capacity, while honest clients pay a normal fee. With the
 * fee scheme the pools are ProSecutor's preemptive fee-priority queues; without it they are first-in first-out
 * (BlockEmulator's pool), with the same minimum fee. Signatures are the simulator's modelled scheme (the signature
 * is not the defence here, and Ed25519 on every spam transaction would only cost test time).
 */
public final class SpamAttack {
    private static final long S = 1_000_000_000L;
    private static final long BALANCE = 1_000_000_000L;

    /** Honest transactions under one pool ordering. */
    public record Run(double p50Seconds, double finalisedShare, int honestSent, int spamSent) {
    }

    private final AttacksConfig.Spam cfg;
    private final long seed;

    public SpamAttack(AttacksConfig.Spam cfg, long seed) {
        this.cfg = cfg;
        this.seed = seed;
    }

    /**
     * @param ordering "fee" or "fifo"
     * @param spam     whether the spammer sends
     * @return the honest transactions' median confirmation latency, an unfinalised one counted as the time from its
     *     submission to the end of the run (so the median is a lower bound when fewer than half are finalised)
     */
    public Run chain(String ordering, boolean spam) {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        int honestAccounts = 5;
        List<KeyPair> honest = new ArrayList<>();
        List<KeyPair> spammers = new ArrayList<>();
        List<Address> accounts = new ArrayList<>();
        for (int i = 0; i < honestAccounts; i++) {
            honest.add(KeyPair.generate(rng));
            accounts.add(honest.get(i).address());
        }
        for (int i = 0; i < cfg.spamAccounts(); i++) {
            spammers.add(KeyPair.generate(rng));
            accounts.add(spammers.get(i).address());
        }
        KeyPair sink = KeyPair.generate(rng);
        SimChain chain = new SimChain(sim, 4, 0, NetworkModel.lan(), rng, RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1),
                (long) (cfg.blockIntervalS() * S), cfg.blockCapacity(), ModelledSignatures.INSTANCE, accounts, BALANCE,
                NodeOptions.defaults().withPool(ordering, 200_000), i -> new MemoryLedgerStore());
        chain.configure(p -> p.withFeesAndReward(cfg.minFee(), 0));
        chain.startAll();
        Map<Hash, Long> submitted = new HashMap<>();
        Map<Hash, Long> latency = new HashMap<>();
        chain.node(0).addListener((b, c, t) -> {
            for (Transaction tx : b.txs()) {
                Long at = submitted.get(tx.id());
                if (at != null) {
                    latency.putIfAbsent(tx.id(), t - at);
                }
            }
        });
        long end = (long) (cfg.seconds() * S);
        long[] honestNonce = new long[honestAccounts];
        long[] spamNonce = new long[cfg.spamAccounts()];
        int[] spamSent = new int[1];
        long honestStep = (long) (S / cfg.honestTps());
        for (long t = honestStep; t < end; t += honestStep) {
            sim.at(t, Simulation.PRIORITY_TIMER, 5, () -> {
                int c = rng.nextInt(honestAccounts);
                Transaction tx = Transaction.transfer(honest.get(c), sink.address(), ++honestNonce[c], cfg.honestFee(), 1,
                        ModelledSignatures.INSTANCE);
                submitted.put(tx.id(), sim.nanos());
                chain.node(rng.nextInt(chain.size())).submit(tx);
            });
        }
        if (spam && cfg.spamTps() > 0) {
            long tick = 10_000_000L;
            double perTick = cfg.spamTps() * tick / S;
            double[] owed = new double[1];
            int[] next = new int[1];
            for (long t = tick; t < end; t += tick) {
                sim.at(t, Simulation.PRIORITY_TIMER, 6, () -> {
                    owed[0] += perTick;
                    while (owed[0] >= 1) {
                        owed[0] -= 1;
                        int a = next[0]++ % spammers.size();
                        chain.node(a % chain.size()).submit(Transaction.transfer(spammers.get(a), sink.address(), ++spamNonce[a],
                                cfg.minFee(), 1, ModelledSignatures.INSTANCE));
                        spamSent[0]++;
                    }
                });
            }
        }
        long stop = end + (long) (cfg.graceS() * S);
        sim.runUntil(stop);
        double[] lat = new double[submitted.size()];
        int i = 0;
        for (Map.Entry<Hash, Long> e : submitted.entrySet()) {
            Long l = latency.get(e.getKey());
            lat[i++] = (l != null ? l : stop - e.getValue()) / 1e9;
        }
        Arrays.sort(lat);
        double p50 = lat.length == 0 ? 0 : lat[(lat.length - 1) / 2];
        return new Run(p50, submitted.isEmpty() ? 1 : (double) latency.size() / submitted.size(), submitted.size(), spamSent[0]);
    }

    /**
     * Defended when, under the spam, honest transactions keep a median latency within {@code maxLatencyFactor} of the
     * same pool's attack-free median and at least {@code minFinalisedShare} of them are finalised.
     */
    public AttackOutcome run() {
        return new AttackOutcome("spamming_dos", "Spamming / DoS", "transaction fee scheme (fee-priority pools, minimum fee); removed: "
                + "first-in first-out pools with the same minimum fee", "s",
                "median confirmation latency of honest transactions during the spam (unfinalised ones counted until the end of the run)",
                String.format(Locale.ROOT, "median <= %.1f x the attack-free median and >= %.0f%% of honest transactions finalised",
                        cfg.maxLatencyFactor(), 100 * cfg.minFinalisedShare()),
                false, "", trial("fee", "fee-priority pools"), trial("fifo", "first-in first-out pools"));
    }

    private Trial trial(String ordering, String how) {
        Run free = chain(ordering, false);
        Run r = chain(ordering, true);
        boolean ok = r.p50Seconds() <= cfg.maxLatencyFactor() * free.p50Seconds() && r.finalisedShare() >= cfg.minFinalisedShare();
        double capacity = cfg.blockCapacity() / cfg.blockIntervalS();
        return new Trial(r.p50Seconds(), ok, String.format(Locale.ROOT,
                "%s: spammer %d transactions at %.0f TPS (capacity %.0f TPS, fee %d) vs %d honest at fee %d; honest median %.2f s "
                        + "(%.2f s without spam), %.1f%% finalised", how, r.spamSent(), cfg.spamTps(), capacity, cfg.minFee(), r.honestSent(),
                cfg.honestFee(), r.p50Seconds(), free.p50Seconds(), 100 * r.finalisedShare()));
    }
}

package io.aigcnet.edge.attacks;

import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.consensus.StakeRegistry;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.sim.faults.SafetyMonitor;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The 51% attack (ProSecutor Table II, defence: DPoS). An attacker holding a minority of the stake tries to
 * win more than f = ⌊(S − 1)/3⌋ of the S super-node seats, then uses them to break the chain: its seats withhold
 * every vote, after first equivocating (two blocks per slot they produce) or not. It plays whichever of the two
 * hurts the honest nodes more (equivocation leaves evidence that gets its seats removed, see the decisions log).
 *
 * <p>With DPoS the seats go to the S largest stakes ({@link StakeRegistry}); the attacker searches every split
 * of its stake over 1..S Sybil candidates for the one that wins it most seats. Without it (one identity, one
 * vote: every candidate weighs the same), the attacker registers free Sybil identities, searching their count
 * for the most seats. Either way the seats it wins run Byzantine on a simulated chain and the honest nodes'
 * finality is measured against the same chain without an attack.
 */
public final class FiftyOnePercentAttack {
    /** How many seats the attacker won, and with what. */
    public record Election(int attackerSeats, String attackerPlay, int candidates) {
    }

    /** Honest finality under the attack. */
    public record ChainRun(double honestBlocksPerMinute, long honestMinHeight, List<String> violations) {
    }

    private final AttacksConfig.Consensus cfg;
    private final long seed;

    public FiftyOnePercentAttack(AttacksConfig.Consensus cfg, long seed) {
        this.cfg = cfg;
        this.seed = seed;
    }

    /** Stake in units of {@code stakeUnit}: the attacker's and each honest candidate's. */
    private long attackerUnits() {
        return Math.round(cfg.attackerStakePct() / cfg.stakeUnitPct());
    }

    /**
     * DPoS election: honest stake on its candidates as configured; the attacker tries every split of its stake
     * (in whole units) over at most S Sybil candidates and keeps the split that wins most seats.
     */
    public Election stakeWeighted() {
        return stakeWeighted(cfg.honestStakePct());
    }

    /** As {@link #stakeWeighted()} with another honest delegation ({@code honestPct} with the attacker's sums to 100). */
    public Election stakeWeighted(double[] honestPct) {
        UniformRandomProvider keys = RandomSource.XO_RO_SHI_RO_128_PP.create(seed ^ 0x5eedL);
        List<Address> honest = new ArrayList<>();
        for (int i = 0; i < honestPct.length; i++) {
            honest.add(KeyPair.generate(keys).address());
        }
        List<Address> sybils = new ArrayList<>();
        for (int i = 0; i < cfg.seats(); i++) {
            sybils.add(KeyPair.generate(keys).address());
        }
        Election best = new Election(-1, "", 0);
        for (List<Long> split : splits(attackerUnits(), cfg.seats())) {
            StakeRegistry r = new StakeRegistry();
            for (int i = 0; i < honest.size(); i++) {
                r.stake(honest.get(i), Math.round(honestPct[i] / cfg.stakeUnitPct()));
            }
            for (int i = 0; i < split.size(); i++) {
                r.stake(sybils.get(i), split.get(i));
            }
            int won = count(r.elect(cfg.seats()), new HashSet<>(sybils));
            if (won > best.attackerSeats()) {
                best = new Election(won, "stake split " + split.stream().map(u -> String.format(Locale.ROOT, "%.1f%%", u * cfg.stakeUnitPct()))
                        .toList() + " over its Sybil candidates", honest.size() + split.size());
            }
        }
        return best;
    }

    /**
     * The baseline: no stake weighting. Every registered candidate weighs one (the registry is still asked, with
     * stake 1 each, so ties fall by address, a lottery the attacker cannot steer); the attacker registers 1..
     * {@code maxSybils} free identities and keeps the count that wins most seats.
     */
    public Election oneIdentityOneVote() {
        UniformRandomProvider keys = RandomSource.XO_RO_SHI_RO_128_PP.create(seed ^ 0x1d1dL);
        List<Address> honest = new ArrayList<>();
        for (int i = 0; i < cfg.honestStakePct().length; i++) {
            honest.add(KeyPair.generate(keys).address());
        }
        List<Address> sybils = new ArrayList<>();
        for (int i = 0; i < cfg.maxSybils(); i++) {
            sybils.add(KeyPair.generate(keys).address());
        }
        Election best = new Election(-1, "", 0);
        for (int n = 1; n <= cfg.maxSybils(); n++) {
            StakeRegistry r = new StakeRegistry();
            honest.forEach(a -> r.stake(a, 1));
            List<Address> mine = sybils.subList(0, n);
            mine.forEach(a -> r.stake(a, 1));
            int won = count(r.elect(cfg.seats()), new HashSet<>(mine));
            if (won > best.attackerSeats()) {
                best = new Election(won, n + " free Sybil identities", honest.size() + n);
            }
        }
        return best;
    }

    private static int count(List<Address> elected, Set<Address> mine) {
        return (int) elected.stream().filter(mine::contains).count();
    }

    /** Every way to write {@code total} as a sum of 1..{@code maxParts} positive parts, parts non-increasing. */
    static List<List<Long>> splits(long total, int maxParts) {
        List<List<Long>> out = new ArrayList<>();
        split(total, maxParts, total, new ArrayList<>(), out);
        return out;
    }

    private static void split(long left, int partsLeft, long maxPart, List<Long> prefix, List<List<Long>> out) {
        if (left == 0) {
            out.add(List.copyOf(prefix));
            return;
        }
        if (partsLeft == 0) {
            return;
        }
        for (long p = Math.min(left, maxPart); p >= 1; p--) {
            prefix.add(p);
            split(left - p, partsLeft - 1, p, prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    /**
     * Runs a chain of S super nodes and the configured full nodes for {@code seconds}, under a steady transfer
     * load. The last {@code byzantineSeats} super nodes equivocate from the start if {@code equivocate}, and withhold
     * every vote (crash) from {@code withholdAtS}. Honest finality is counted at the honest node that finalised least, from
     * {@code withholdAtS} to the end.
     */
    public ChainRun chain(int byzantineSeats, boolean equivocate) {
        int s = cfg.seats();
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<KeyPair> clients = new ArrayList<>();
        List<Address> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            KeyPair k = KeyPair.generate(rng);
            clients.add(k);
            accounts.add(k.address());
        }
        long interval = (long) (cfg.blockIntervalS() * 1e9);
        SimChain chain = new SimChain(sim, s, cfg.fullNodes(), NetworkModel.lan(), rng,
                RandomSource.XO_RO_SHI_RO_128_PP.create(seed + 1), interval, 200, SignatureScheme.ed25519(), accounts,
                1_000_000_000L, NodeOptions.defaults(), i -> new MemoryLedgerStore());
        Set<Address> byzantine = new HashSet<>();
        Set<Integer> byzantineNodes = new HashSet<>();
        for (int i = s - byzantineSeats; i < s; i++) {
            if (equivocate) {
                chain.setOptions(i, NodeOptions.defaults().withEquivocation());
            }
            byzantine.add(chain.keys(i).address());
            byzantineNodes.add(i);
        }
        SafetyMonitor monitor = new SafetyMonitor(byzantine);
        chain.world().addTap((from, to, m, at) -> monitor.onSend(m));
        chain.startAll();
        for (int i = 0; i < chain.size(); i++) {
            final int node = i;
            chain.node(i).addListener((b, c, t) -> monitor.onCommit(node, b));
        }
        long withhold = (long) (cfg.withholdAtS() * 1e9);
        sim.at(withhold, Simulation.PRIORITY_TIMER, 3, () -> byzantineNodes.forEach(chain::crash));
        long[] nonces = new long[clients.size()];
        long end = (long) (cfg.seconds() * 1e9);
        long step = 200_000_000L;
        for (long t = step; t < end; t += step) {
            sim.at(t, Simulation.PRIORITY_TIMER, 5, () -> {
                int via = rng.nextInt(chain.size());
                if (chain.world().isDown(NodeId.of(via))) {
                    return;
                }
                int c = rng.nextInt(clients.size());
                chain.node(via).submit(Transaction.transfer(clients.get(c), accounts.get((c + 1) % clients.size()), ++nonces[c],
                        1, 1 + rng.nextInt(100), SignatureScheme.ed25519()));
            });
        }
        sim.runUntil(withhold);
        long[] atWithhold = new long[chain.size()];
        for (int i = 0; i < chain.size(); i++) {
            atWithhold[i] = chain.node(i).finalizedHeight();
        }
        sim.runUntil(end);
        long minGain = Long.MAX_VALUE;
        long minHeight = Long.MAX_VALUE;
        for (int i = 0; i < chain.size(); i++) {
            if (byzantineNodes.contains(i)) {
                continue;
            }
            minGain = Math.min(minGain, chain.node(i).finalizedHeight() - atWithhold[i]);
            minHeight = Math.min(minHeight, chain.node(i).finalizedHeight());
        }
        double minutes = (end - withhold) / 60e9;
        return new ChainRun(minGain / minutes, minHeight, monitor.violations());
    }

    /**
     * Defended when the attacker's seats cannot stop the honest nodes: they keep finalising at least
     * {@link AttacksConfig.Consensus#minRelativeFinality()} of the attack-free rate, and agree on every block.
     */
    public AttackOutcome run() {
        ChainRun free = chain(0, false);
        Election dpos = stakeWeighted();
        Election flat = oneIdentityOneVote();
        Trial on = trial(dpos, free, "DPoS");
        Trial off = trial(flat, free, "one identity, one vote");
        return new AttackOutcome("fifty_one_percent", "51% attack", "DPoS consensus (stake-weighted election of super nodes); "
                + "removed: every candidate weighs the same, so free Sybil identities win seats",
                "fraction of the attack-free finality rate", "blocks finalised per minute by the slowest honest node after the "
                        + "attacker's seats start withholding votes, divided by the same chain's rate without an attack",
                String.format(Locale.ROOT, "ratio >= %.2f and no two honest nodes finalise different blocks", cfg.minRelativeFinality()),
                true, "", on, off);
    }

    private Trial trial(Election e, ChainRun free, String how) {
        ChainRun withEquivocation = chain(e.attackerSeats(), true);
        ChainRun withholdOnly = chain(e.attackerSeats(), false);
        double rEq = ratio(withEquivocation, free);
        double rWh = ratio(withholdOnly, free);
        // the attacker plays the strategy that leaves the honest nodes the least finality
        boolean eq = rEq < rWh || (rEq == rWh && !withEquivocation.violations().isEmpty());
        ChainRun run = eq ? withEquivocation : withholdOnly;
        double ratio = eq ? rEq : rWh;
        List<String> violations = new ArrayList<>(withEquivocation.violations());
        violations.addAll(withholdOnly.violations());
        boolean ok = ratio >= cfg.minRelativeFinality() && violations.isEmpty();
        String detail = String.format(Locale.ROOT, "%s: attacker (%.0f%% of stake) wins %d of %d seats (%s, %d candidates); "
                + "its best play is to %s: honest finality %.1f blocks/min vs %.1f without attack (ratio %.2f; equivocate then "
                + "withhold %.2f, withhold only %.2f); %d agreement violations", how, cfg.attackerStakePct(),
                e.attackerSeats(), cfg.seats(), e.attackerPlay(), e.candidates(), eq ? "equivocate, then withhold votes" : "withhold votes",
                run.honestBlocksPerMinute(), free.honestBlocksPerMinute(), ratio, rEq, rWh, violations.size());
        return new Trial(ratio, ok, detail);
    }

    private static double ratio(ChainRun run, ChainRun free) {
        return free.honestBlocksPerMinute() <= 0 ? 0 : run.honestBlocksPerMinute() / free.honestBlocksPerMinute();
    }
}

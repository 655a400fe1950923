package io.aigcnet.chain.sim.faults;

import io.aigcnet.chain.block.Block;
import io.aigcnet.chain.consensus.NodeOptions;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.sim.SimChain;
import io.aigcnet.chain.store.LedgerStore;
import io.aigcnet.chain.store.MemoryLedgerStore;
import io.aigcnet.chain.tx.Transaction;
import io.aigcnet.core.runtime.NodeId;
import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Runs one fault schedule on a simulated chain under a steady transfer load and checks it:
 * <ul>
 * <li>agreement: no two nodes finalise different blocks at a height, and every stored prefix matches;</li>
 * <li>no correct super node signs two different statements of one kind for one (height, round), across
 * restarts;</li>
 * <li>durability: a node restarted from its store has every block it had finalised before the crash;</li>
 * <li>money: balances are never negative, their sum is conserved, and no transaction executes twice;</li>
 * <li>liveness: once the faults are over, every node finalises at least {@link #LIVENESS_BLOCKS} new blocks
 * within the quiet phase.</li>
 * </ul>
 */
public final class FaultCampaign {
    static final int LIVENESS_BLOCKS = 3;
    private static final int CLIENTS = 6;
    private static final long BALANCE = 1_000_000_000L;
    private static final int TPS = 10;

    private FaultCampaign() {
    }

    public static ScheduleOutcome run(FaultSchedule s) {
        return run(s, true);
    }

    /** @param excuseByzantine false makes the checker treat the equivocators as correct (tests that it catches them) */
    static ScheduleOutcome run(FaultSchedule s, boolean excuseByzantine) {
        Simulation sim = new Simulation(false);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(s.seed());
        List<KeyPair> clients = new ArrayList<>();
        List<Address> accounts = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            KeyPair k = KeyPair.generate(rng);
            clients.add(k);
            accounts.add(k.address());
        }
        UniformRandomProvider netRng = RandomSource.XO_RO_SHI_RO_128_PP.create(s.seed() + 1);
        SimChain chain = new SimChain(sim, s.superNodes(), s.fullNodes(), NetworkModel.lan(), rng, netRng, 1_000_000_000L, 200,
                SignatureScheme.ed25519(), accounts, BALANCE, NodeOptions.defaults(), i -> new MemoryLedgerStore());
        Set<Address> byzantine = new HashSet<>();
        for (int e : s.equivocators()) {
            chain.setOptions(e, NodeOptions.defaults().withEquivocation());
            if (excuseByzantine) {
                byzantine.add(chain.keys(e).address());
            }
        }
        s.clockAheadNanos().forEach((node, ahead) -> chain.world().setClockSkew(NodeId.of(node), ahead));
        SafetyMonitor monitor = new SafetyMonitor(byzantine);
        chain.world().addTap((from, to, m, at) -> monitor.onSend(m));
        List<String> violations = new ArrayList<>();
        long[] heightAtCrash = new long[s.nodes()];
        chain.startAll();
        for (int i = 0; i < s.nodes(); i++) {
            final int node = i;
            chain.node(i).addListener((b, c, t) -> monitor.onCommit(node, b));
        }

        for (Fault x : s.faults()) {
            sim.at(x.atNanos(), Simulation.PRIORITY_TIMER, 3, () -> apply(x, chain, monitor, heightAtCrash, violations));
        }
        long[] nonces = new long[CLIENTS];
        long step = 1_000_000_000L / TPS;
        for (long t = step; t < s.endNanos(); t += step) {
            sim.at(t, Simulation.PRIORITY_TIMER, 5, () -> {
                int via = rng.nextInt(s.nodes());
                if (chain.world().isDown(NodeId.of(via))) {
                    return;
                }
                int c = rng.nextInt(CLIENTS);
                // some transfers deliberately overspend, and some reuse a nonce: both must never execute
                long amount = rng.nextDouble() < 0.05 ? BALANCE * 2 : 1 + rng.nextInt(1000);
                long nonce = rng.nextDouble() < 0.05 && nonces[c] > 0 ? nonces[c] : ++nonces[c];
                chain.node(via).submit(Transaction.transfer(clients.get(c), accounts.get((c + 1) % CLIENTS), nonce, amount,
                        1 + rng.nextInt(10), SignatureScheme.ed25519()));
            });
        }

        sim.runUntil(s.quietFromNanos());
        long atQuiet = 0;
        for (int i = 0; i < s.nodes(); i++) {
            atQuiet = Math.max(atQuiet, chain.node(i).finalizedHeight());
        }
        sim.runUntil(s.endNanos());
        violations.addAll(monitor.violations());

        long lowest = Long.MAX_VALUE;
        long txs = 0;
        List<Address> everyone = new ArrayList<>(accounts);
        for (int i = 0; i < s.nodes(); i++) {
            everyone.add(chain.keys(i).address());
        }
        long genesis = BALANCE * CLIENTS;
        for (int i = 0; i < s.nodes(); i++) {
            long h = chain.node(i).finalizedHeight();
            lowest = Math.min(lowest, h);
            if (h < atQuiet + LIVENESS_BLOCKS) {
                violations.add("liveness: n" + i + " finalised height " + h + " at the end, < " + atQuiet + " + "
                        + LIVENESS_BLOCKS + " after the faults ended");
            }
            LedgerStore store = chain.store(i);
            Set<Hash> seen = new HashSet<>();
            for (long k = 1; k <= store.height(); k++) {
                Block b = store.get(k).orElseThrow().block();
                Hash agreed = monitor.finalisedAt(k);
                if (agreed != null && !agreed.equals(b.hash())) {
                    violations.add("agreement: n" + i + " stores " + b.hash() + " at height " + k + ", others finalised " + agreed);
                }
                for (Transaction tx : b.txs()) {
                    if (!seen.add(tx.id())) {
                        violations.add("double spend: n" + i + " executed tx " + tx.id() + " twice (height " + k + ")");
                    }
                }
                if (i == 0) {
                    txs += b.txs().size();
                }
            }
            long sum = 0;
            for (Address a : everyone) {
                long bal = chain.node(i).balance(a);
                if (bal < 0) {
                    violations.add("money: n" + i + " holds a negative balance " + bal + " for " + a);
                }
                sum += bal;
            }
            if (sum != genesis) {
                violations.add("money: n" + i + " balances sum to " + sum + ", genesis was " + genesis);
            }
        }
        return new ScheduleOutcome(s.seed(), violations, atQuiet, lowest, txs, monitor.statementsSeen());
    }

    private static void apply(Fault x, SimChain chain, SafetyMonitor monitor, long[] heightAtCrash, List<String> violations) {
        // overlapping faults are generated freely: a crash of a node that is down, or a restart of one that is up,
        // is a no-op rather than a second actor
        if (x instanceof Fault.Crash c) {
            if (!chain.world().isDown(NodeId.of(c.node()))) {
                heightAtCrash[c.node()] = chain.node(c.node()).finalizedHeight();
                chain.crash(c.node());
            }
        } else if (x instanceof Fault.Restart r) {
            if (chain.world().isDown(NodeId.of(r.node()))) {
                chain.restart(r.node());
                wire(chain, monitor, r.node());
                long h = chain.node(r.node()).finalizedHeight();
                if (h < heightAtCrash[r.node()]) {
                    violations.add("durability: n" + r.node() + " had finalised " + heightAtCrash[r.node()]
                            + " before its crash, only " + h + " after restarting from its store");
                }
            }
        } else if (x instanceof Fault.RestartWithLostDisk r) {
            if (chain.world().isDown(NodeId.of(r.node()))) {
                chain.restartWithLostDisk(r.node(), new MemoryLedgerStore());
                wire(chain, monitor, r.node());
            }
        } else if (x instanceof Fault.Partition p) {
            chain.partition(p.groups());
        } else if (x instanceof Fault.Heal) {
            chain.heal();
        } else if (x instanceof Fault.Links l) {
            chain.world().setModel(l.model());
        }
    }

    private static void wire(SimChain chain, SafetyMonitor monitor, int node) {
        chain.node(node).addListener((b, c, t) -> monitor.onCommit(node, b));
    }
}

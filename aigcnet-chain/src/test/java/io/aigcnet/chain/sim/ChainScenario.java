package io.aigcnet.chain.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.aigcnet.core.runtime.sim.NetworkModel;
import io.aigcnet.core.runtime.sim.Simulation;
import io.aigcnet.chain.crypto.Address;
import io.aigcnet.chain.crypto.Hash;
import io.aigcnet.chain.crypto.KeyPair;
import io.aigcnet.chain.crypto.SignatureScheme;
import io.aigcnet.chain.tx.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/** Test fixture: a seeded chain with clients and a safety monitor that sees every node's commits. */
final class ChainScenario {
    final Simulation sim = new Simulation(true);
    final UniformRandomProvider rng;
    final List<KeyPair> clients = new ArrayList<>();
    final SimChain chain;
    final Map<Long, Hash> finalised = new HashMap<>();
    final List<String> conflicts = new ArrayList<>();
    final long[] nonces;
    long submitted;

    ChainScenario(long seed, int superNodes, int fullNodes, NetworkModel model) {
        rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        List<Address> accounts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            KeyPair k = KeyPair.generate(rng);
            clients.add(k);
            accounts.add(k.address());
        }
        nonces = new long[clients.size()];
        chain = SimChain.testChain(sim, superNodes, fullNodes, rng, model, accounts, 1_000_000_000L);
        chain.addListener((b, c, t) -> {
            Hash prev = finalised.putIfAbsent(b.height(), b.hash());
            if (prev != null && !prev.equals(b.hash())) {
                conflicts.add("height " + b.height() + ": " + prev + " vs " + b.hash());
            }
        });
    }

    /** Submits {@code n} signed transfers per second to node {@code via} until {@code untilSeconds}. */
    void load(int via, int perSecond, double untilSeconds) {
        long step = 1_000_000_000L / perSecond;
        for (long t = 0; t < (long) (untilSeconds * 1e9); t += step) {
            sim.at(t, Simulation.PRIORITY_TIMER, 7, () -> {
                if (chain.world().isDown(io.aigcnet.core.runtime.NodeId.of(via))) {
                    return;
                }
                int c = rng.nextInt(clients.size());
                Transaction tx = Transaction.transfer(clients.get(c), clients.get((c + 1) % clients.size()).address(),
                        ++nonces[c], 1 + rng.nextInt(100), 1 + rng.nextInt(10), SignatureScheme.ed25519());
                chain.node(via).submit(tx);
                submitted++;
            });
        }
    }

    long minFinalised(int... nodes) {
        long m = Long.MAX_VALUE;
        for (int i : nodes) {
            m = Math.min(m, chain.node(i).finalizedHeight());
        }
        return m;
    }

    void assertSafe() {
        assertThat(conflicts).as("conflicting finalised blocks").isEmpty();
        for (int i = 0; i < chain.size(); i++) {
            for (long h = 1; h <= chain.store(i).height(); h++) {
                assertThat(chain.store(i).get(h).orElseThrow().block().hash()).isEqualTo(finalised.get(h));
            }
        }
    }
}
